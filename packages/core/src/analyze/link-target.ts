/**
 * What a link in a note points at, read once the same way by the walk (which records links
 * and reports broken or unsafe ones) and by assembly (which writes each link's target id).
 */
import type { Link } from "mdast"
import { decodePercent, hasScheme, isWebUrl, resolveContentPath, splitAnchor } from "./paths.ts"
import type { LinkFound } from "./types.ts"

export type LinkTarget =
  | { kind: "web"; url: string }
  | { kind: "note"; link: Omit<LinkFound, "position"> }
  /** Leaves the content folder (`../` past the root, absolute, `file:`): reported, never followed. */
  | { kind: "unsafe" }
  /** Anything else (mailto:, a local image or file inside the folder): not a link between notes. */
  | { kind: "other" }

export function readLinkTarget(node: Link, notePath: string): LinkTarget {
  if (node.data?.wiki) {
    const { target, anchor } = node.data.wiki
    return { kind: "note", link: { via: "wiki", target, ...(anchor ? { anchor } : {}) } }
  }
  const url = node.url.trim()
  if (isWebUrl(url)) return { kind: "web", url }
  if (hasScheme(url)) return /^file:/i.test(url) ? { kind: "unsafe" } : { kind: "other" }
  const { path, anchor } = splitAnchor(url)
  if (path === "")
    return anchor ? { kind: "note", link: { via: "anchor", target: "", anchor } } : { kind: "other" }
  const target = resolveContentPath(notePath, path)
  if (target === undefined) return { kind: "unsafe" }
  if (!/\.(md|markdown)$/i.test(decodePercent(path))) return { kind: "other" }
  return { kind: "note", link: { via: "md", target, ...(anchor ? { anchor } : {}) } }
}
