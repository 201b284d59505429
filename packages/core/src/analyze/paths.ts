/**
 * Resolving paths written in notes. Every result stays inside the content folder; anything
 * that would leave it (../ past the root, absolute paths, file: URLs, encoded traversal) is refused.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const CONTROL = /[\u0000-\u001f\u007f]/

/** Percent-decodes, or returns the text as written when it is not valid percent-encoding. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Resolves `target` (as written in a link) against the note at `fromPath`. Undefined when unsafe. */
export function resolveContentPath(fromPath: string, target: string): string | undefined {
  const decoded = decodePercent(target).normalize("NFC").replace(/\\/g, "/")
  // Control characters: browsers drop tabs and newlines from URLs, so `java%0ascript:` is a
  // scheme once decoded; no note names a file with one.
  if (SCHEME.test(decoded) || decoded.startsWith("/") || CONTROL.test(decoded)) return undefined
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
  return SCHEME.test(url.trim()) || url.trim().startsWith("//")
}

export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url.trim())
}

/** Splits `path#anchor`. */
export function splitAnchor(url: string): { path: string; anchor?: string } {
  const hash = url.indexOf("#")
  if (hash === -1) return { path: url }
  const decoded = decodePercent(url.slice(hash + 1))
  return { path: url.slice(0, hash), ...(decoded ? { anchor: decoded.normalize("NFC") } : {}) }
}
