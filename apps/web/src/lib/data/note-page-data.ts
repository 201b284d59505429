/**
 * Everything a note page shows besides its bodies, taken from the whole graph in one pass
 * (`note-pages.ts` writes it to a file per note). The page reads only this and the note's
 * bodies file, so the two files are the page's whole input: a rebuild compares their digest
 * with the previous export's and renders only the notes whose pages would change.
 */
import type { NoteBodies, TermNode, TopicNode } from "@kube-notes/graph"
import type { SiteDeck } from "./load-deck.ts"
import type { Site } from "./site.ts"

/** A node a page links to by its id and title. */
export interface PageLink {
  readonly id: string
  readonly title: string
}

export interface NotePageTopic extends Pick<TopicNode, "id" | "slug" | "level" | "title"> {
  readonly number?: string
  /** Study cards made from this topic. */
  readonly cards: number
  /** The parent topic of a nested one, its label ("1. 제목"). */
  readonly parent?: PageLink
  /** Terms the topic defines or mentions, in graph order. */
  readonly terms: PageLink[]
  /** Topics and notes that link here. */
  readonly backlinks: PageLink[]
}

export interface NotePageData {
  readonly note: { readonly id: string; readonly title: string; readonly path: string }
  readonly cards: number
  /** The note's topics in document order. */
  readonly topics: NotePageTopic[]
  /** Every term the bodies mention (their tooltips quote the definition). */
  readonly terms: Record<string, TermNode>
  readonly previous?: PageLink
  readonly next?: PageLink
}

const link = (node: { id: string; title: string }): PageLink => ({ id: node.id, title: node.title })

/** Term ids of the `termMention` nodes anywhere in the note's bodies, sorted. */
export function mentionedTermIds(bodies: NoteBodies): string[] {
  const ids = new Set<string>()
  const walk = (node: { type: string; termId?: string; children?: unknown[] }) => {
    if (node.type === "termMention" && node.termId) ids.add(node.termId)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  for (const root of Object.values(bodies.bodies)) walk(root)
  return [...ids].sort()
}

export const buildNotePageData = (site: Site, deck: SiteDeck, noteId: string, bodies: NoteBodies) =>
  buildNotePageDataOf(site, deck, noteId, mentionedTermIds(bodies))

/**
 * A note page's data from the graph and the term ids its bodies mention (mentionedTermIds): all
 * it takes from the bodies, so a rebuild need not parse bodies that did not change (note-pages.ts).
 */
export function buildNotePageDataOf(
  site: Site,
  deck: SiteDeck,
  noteId: string,
  mentions: readonly string[],
): NotePageData {
  const note = site.query.getNodeOfKind(noteId, "note")
  if (!note) throw new Error(`${noteId} is not a note of the graph`)
  const index = site.notes.findIndex((other) => other.id === noteId)
  const previous = index > 0 ? site.notes[index - 1] : undefined
  const next = index >= 0 ? site.notes[index + 1] : undefined
  const terms: Record<string, TermNode> = {}
  for (const id of mentions) {
    const term = site.query.getNodeOfKind(id, "term")
    if (term) terms[id] = term
  }
  const topics = site.getTopicsOfNote(noteId).map((topic): NotePageTopic => {
    const parent = site.query.getParent(topic.id)
    return {
      id: topic.id,
      slug: topic.slug,
      level: topic.level,
      title: topic.title,
      ...(topic.number ? { number: topic.number } : {}),
      cards: deck.countOf(topic.id),
      ...(parent?.kind === "topic"
        ? {
            parent: {
              id: parent.id,
              title: parent.number ? `${parent.number}. ${parent.title}` : parent.title,
            },
          }
        : {}),
      terms: site.getTermsOfTopic(topic.id).map(link),
      backlinks: site.query
        .getBacklinks(topic.id)
        .filter((node) => node.id !== topic.id)
        .map(link),
    }
  })
  return {
    note: { id: note.id, title: note.title, path: note.path },
    cards: deck.countOf(note.id),
    topics,
    terms,
    ...(previous ? { previous: link(previous) } : {}),
    ...(next ? { next: link(next) } : {}),
  }
}
