/**
 * Resolving paths written in notes. Every result stays inside the content folder; anything
 * that would leave it (../ past the root, absolute paths, file: URLs, encoded traversal) is refused.
 */

/** Resolves `target` (as written in a link) against the note at `fromPath`. Undefined when unsafe. */
export function resolveContentPath(fromPath: string, target: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(target)
  } catch {
    decoded = target
  }
  decoded = decoded.normalize("NFC").replace(/\\/g, "/")
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith("/") || decoded.includes("\0"))
    return undefined
  const parts = fromPath.split("/").slice(0, -1)
  for (const part of decoded.split("/")) {
    if (part === "" || part === ".") continue
    if (part === "..") {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.length > 0 ? parts.join("/") : undefined
}

/** True for URLs with a scheme (http:, mailto:, javascript:…) or protocol-relative ones. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith("//")
}

export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url.trim())
}

/** Splits `path#anchor`. */
export function splitAnchor(url: string): { path: string; anchor?: string } {
  const hash = url.indexOf("#")
  if (hash === -1) return { path: url }
  const anchor = url.slice(hash + 1)
  let decoded = anchor
  try {
    decoded = decodeURIComponent(anchor)
  } catch {}
  return { path: url.slice(0, hash), ...(decoded ? { anchor: decoded.normalize("NFC") } : {}) }
}
