/**
 * Every URL the site links to, in one isomorphic module (server pages, rendered notes and
 * the browser's search box agree on them). Paths carry the base path and a trailing slash,
 * as the static export writes them; Korean and spaces are percent-encoded per segment.
 */
import { getIdKey, getIdKind } from "@kube-notes/graph"

export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? ""

/** The site path for a route inside the app (`/glossary/` → `/base/glossary/`). */
export function withBase(path: string): string {
  return `${BASE_PATH}${path}`
}

function encodeSegments(key: string): string {
  return key
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/")
}

/** `topic:a/b#1-1-용어` → `{ noteKey: "a/b", slug: "1-1-용어" }`. */
export function splitTopicId(id: string): { noteKey: string; slug: string } {
  const key = getIdKey(id)
  const hash = key.lastIndexOf("#")
  return hash === -1 ? { noteKey: key, slug: "" } : { noteKey: key.slice(0, hash), slug: key.slice(hash + 1) }
}

export function noteUrl(noteKey: string): string {
  return withBase(`/notes/${encodeSegments(noteKey)}/`)
}

/** A topic's stable URL: its note's page, at the heading's anchor. */
export function topicUrl(topicId: string): string {
  const { noteKey, slug } = splitTopicId(topicId)
  return `${noteUrl(noteKey)}#${encodeURIComponent(slug)}`
}

export function termUrl(termId: string): string {
  return withBase(`/terms/${encodeURIComponent(getIdKey(termId))}/`)
}

/** An anchor id for a command on the cheat sheet (ids must not hold spaces). */
export function commandAnchor(commandId: string): string {
  let hash = 0
  for (const char of getIdKey(commandId)) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0
  return `cmd-${(hash >>> 0).toString(36)}`
}

/** A command's own page, listing every topic that uses it (the cheat sheet shows a few). */
export function commandPageUrl(commandId: string): string {
  return withBase(`/commands/${commandAnchor(commandId)}/`)
}

export function commandUrl(commandId: string): string {
  return withBase(`/commands/#${commandAnchor(commandId)}`)
}

export function assetUrl(assetPath: string): string {
  return withBase(`/assets/${encodeSegments(assetPath)}`)
}

/** The page that shows a node, for any node id; `undefined` for kinds without a page. */
export function nodeUrl(id: string): string | undefined {
  switch (getIdKind(id)) {
    case "note":
      return noteUrl(getIdKey(id))
    case "topic":
      return topicUrl(id)
    case "term":
      return termUrl(id)
    case "command":
      return commandUrl(id)
    default:
      return undefined
  }
}
