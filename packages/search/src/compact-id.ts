/**
 * Shorter ids in the serialised index. Ids that can be rebuilt from other stored data are
 * stored as a pattern: a command's id is `command:<text>` (stored as ""), a topic's is
 * `topic:<note key>#<number>-<slug of title>` (stored as `#<number>-*`). Each id is checked
 * when it is written, so an id of any other shape is stored whole and still loads.
 */
export const TITLE_SLOT = "*"

/** A GitHub-like slug, only used to recognise ids; never to make them. */
export function slugLike(title: string): string {
  return title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-")
}

export function compactId(kind: string, id: string, title: string, noteId: string | undefined): string {
  if (kind === "command") return id === `command:${title}` ? "" : id
  if (kind !== "topic" || !noteId?.startsWith("note:")) return id
  const prefix = `topic:${noteId.slice("note:".length)}#`
  if (!id.startsWith(prefix) || id.includes(TITLE_SLOT)) return id
  const rest = id.slice(prefix.length)
  const slug = slugLike(title)
  const short =
    slug !== "" && rest.endsWith(slug) ? `#${rest.slice(0, -slug.length)}${TITLE_SLOT}` : `#${rest}`
  return expandId(kind, short, title, noteId) === id ? short : id
}

export function expandId(kind: string, stored: string, title: string, noteId: string | undefined): string {
  if (kind === "command" && stored === "") return `command:${title}`
  if (kind !== "topic" || !stored.startsWith("#")) return stored
  const rest = stored.endsWith(TITLE_SLOT) ? `${stored.slice(1, -1)}${slugLike(title)}` : stored.slice(1)
  return `topic:${(noteId ?? "").slice("note:".length)}#${rest}`
}
