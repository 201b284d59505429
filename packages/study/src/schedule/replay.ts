/**
 * A card's state is a function of its reviews: replaying them in time order through FSRS gives
 * it. Rating, undo and merge all go through here, so the three always agree.
 */
import { createEmptyCard, type FSRS } from "ts-fsrs"
import type { CardState, ReviewLogEntry } from "../types.ts"
import { toCardState } from "./fsrs-card.ts"

/** Time order, then entry id, so every device replays the same sequence. */
export function compareEntries(a: ReviewLogEntry, b: ReviewLogEntry): number {
  const byTime = Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt)
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The state after one card's reviews, or undefined when it has none. */
export function replayCard(fsrs: FSRS, entries: readonly ReviewLogEntry[]): CardState | undefined {
  const sorted = [...entries].sort(compareEntries)
  const first = sorted[0]
  if (!first) return undefined
  let card = createEmptyCard(new Date(first.reviewedAt))
  for (const entry of sorted) card = fsrs.next(card, new Date(entry.reviewedAt), entry.rating).card
  return toCardState(card)
}

/** Every card's state from a whole log. */
export function replayLog(fsrs: FSRS, log: readonly ReviewLogEntry[]): Record<string, CardState> {
  const byCard = new Map<string, ReviewLogEntry[]>()
  for (const entry of log) {
    const list = byCard.get(entry.cardId) ?? []
    list.push(entry)
    byCard.set(entry.cardId, list)
  }
  const cards: Record<string, CardState> = {}
  for (const [cardId, entries] of byCard) {
    const state = replayCard(fsrs, entries)
    if (state) cards[cardId] = state
  }
  return cards
}
