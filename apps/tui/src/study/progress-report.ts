/**
 * `kube-notes progress` as data: due, new and learned cards in all, per note and per topic
 * (in reading order, topics with cards only), each topic's mastery, and how many reviewed
 * cards are orphans.
 */
import type { GraphQuery } from "@kube-notes/graph"
import { type Card, counts, orphanCardIds, type Progress, topicMastery } from "@kube-notes/study"
import { displayTitle } from "../render/node-document.ts"

export interface CountsRow {
  readonly cards: number
  readonly due: number
  readonly new: number
  readonly learned: number
}

export interface TopicRow extends CountsRow {
  readonly id: string
  readonly title: string
  readonly mastery: number
}

export interface NoteRow extends CountsRow {
  readonly id: string
  readonly title: string
  readonly topics: TopicRow[]
}

export interface ProgressReport {
  readonly total: CountsRow
  readonly reviews: number
  readonly orphans: number
  readonly notes: NoteRow[]
}

export function buildProgressReport(
  query: GraphQuery,
  deck: readonly Card[],
  progress: Progress,
  now: Date,
): ProgressReport {
  const row = (cards: readonly Card[]): CountsRow => ({
    cards: cards.length,
    ...counts(cards, progress, now),
  })
  const reading = query.getReadingOrder()
  const notes = query.listNodes("note").flatMap((note): NoteRow[] => {
    const noteCards = deck.filter((card) => card.noteId === note.id)
    if (noteCards.length === 0) return []
    const topics = reading.flatMap((node): TopicRow[] => {
      if (node.kind !== "topic" || node.note !== note.id) return []
      const cards = noteCards.filter((card) => card.topicId === node.id)
      if (cards.length === 0) return []
      const mastery = topicMastery(deck, progress, node.id, now)
      return [{ id: node.id, title: displayTitle(node), ...row(cards), mastery }]
    })
    return [{ id: note.id, title: displayTitle(note), ...row(noteCards), topics }]
  })
  return {
    total: row(deck),
    reviews: progress.log.length,
    orphans: orphanCardIds(deck, progress).length,
    notes,
  }
}
