/**
 * The cards of one part of the notes: a note's cards, or a topic's and its subtopics'. The
 * reader's `s` and `study --topic` study a section the way it reads, nested topics included.
 */
import type { GraphQuery } from "@kube-notes/graph"
import type { Card } from "@kube-notes/study"

export function scopeDeck(deck: readonly Card[], query: GraphQuery, scopeId: string | undefined): Card[] {
  if (scopeId === undefined) return [...deck]
  const node = query.getNode(scopeId)
  if (node?.kind === "note") return deck.filter((card) => card.noteId === scopeId)
  const inside = new Set<string>()
  const visit = (id: string) => {
    inside.add(id)
    for (const child of query.getChildren(id)) if (child.kind === "topic") visit(child.id)
  }
  visit(scopeId)
  return deck.filter((card) => card.topicId !== undefined && inside.has(card.topicId))
}

/** The topic or note a reader page belongs to: what `s` studies (the whole deck from elsewhere). */
export function scopeOfPage(query: GraphQuery, id: string): string | undefined {
  const node = query.getNode(id)
  if (node?.kind === "topic" || node?.kind === "note") return node.id
  return undefined
}
