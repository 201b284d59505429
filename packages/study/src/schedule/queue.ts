/** What to study now, and the counts the site and the terminal show. */
import type { Card, Progress } from "../types.ts"

export interface QueueOptions {
  /** Only cards of this topic (or, given a note id, of this note). */
  readonly topicId?: string
  /** At most this many new cards. @default 20 */
  readonly newLimit?: number
}

export interface StudyCounts {
  /** Reviewed before and due now. */
  due: number
  /** Never reviewed. */
  new: number
  /** Reviewed and not due yet. */
  learned: number
}

/** Due cards, most overdue first, then new cards in reading order. */
export function studyQueue(
  deck: readonly Card[],
  progress: Progress,
  now: Date,
  options: QueueOptions = {},
): Card[] {
  const cards = options.topicId ? deck.filter((card) => inScope(card, options.topicId ?? "")) : deck
  const due: { card: Card; at: number }[] = []
  const fresh: Card[] = []
  for (const card of cards) {
    const state = progress.cards[card.id]
    if (!state) fresh.push(card)
    else if (Date.parse(state.due) <= now.getTime()) due.push({ card, at: Date.parse(state.due) })
  }
  due.sort((a, b) => a.at - b.at)
  return [...due.map((item) => item.card), ...fresh.slice(0, Math.max(0, options.newLimit ?? 20))]
}

/** Due, new and learned cards of a deck; the three add up to the deck's size. */
export function counts(deck: readonly Card[], progress: Progress, now: Date): StudyCounts {
  const result: StudyCounts = { due: 0, new: 0, learned: 0 }
  for (const card of deck) {
    const state = progress.cards[card.id]
    if (!state) result.new++
    else if (Date.parse(state.due) <= now.getTime()) result.due++
    else result.learned++
  }
  return result
}

function inScope(card: Card, id: string): boolean {
  return card.topicId === id || card.noteId === id || card.nodeId === id
}
