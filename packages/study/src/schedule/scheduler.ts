/**
 * Rating and undoing, as pure functions of a progress value: the input is never changed.
 */
import type { Progress, Rating, ReviewLogEntry } from "../types.ts"
import { createFsrs, type SchedulerOptions } from "./fsrs.ts"
import { replayCard } from "./replay.ts"

export interface Scheduler {
  /** Progress after rating `cardId` at `now`: the review appended to the log, the card's state replayed. */
  rate(progress: Progress, cardId: string, rating: Rating, now: Date): Progress
  /** Progress without its last review (the card's state replayed from what is left). */
  undo(progress: Progress): Progress
}

export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const fsrs = createFsrs(options)
  const withCard = (progress: Progress, log: ReviewLogEntry[], cardId: string): Progress => {
    const state = replayCard(
      fsrs,
      log.filter((entry) => entry.cardId === cardId),
    )
    const cards = { ...progress.cards }
    if (state) cards[cardId] = state
    else delete cards[cardId]
    return { version: 1, cards, log }
  }
  return {
    rate(progress, cardId, rating, now) {
      if (![1, 2, 3, 4].includes(rating)) throw new RangeError(`rating must be 1, 2, 3 or 4, got ${rating}`)
      if (Number.isNaN(now.getTime())) throw new RangeError("now must be a valid date")
      const reviewedAt = now.toISOString()
      const entry: ReviewLogEntry = {
        cardId,
        rating,
        reviewedAt,
        id: makeEntryId(progress.log, cardId, reviewedAt),
      }
      return withCard(progress, [...progress.log, entry], cardId)
    },
    undo(progress) {
      const last = progress.log.at(-1)
      if (!last) return progress
      return withCard(progress, progress.log.slice(0, -1), last.cardId)
    },
  }
}

/**
 * A review's id is its card, its time and how many reviews of that card came before: readable,
 * the same for the same review wherever it is computed, and distinct for two devices' reviews.
 */
function makeEntryId(log: readonly ReviewLogEntry[], cardId: string, reviewedAt: string): string {
  let count = log.filter((entry) => entry.cardId === cardId).length + 1
  const taken = new Set(log.map((entry) => entry.id))
  while (taken.has(`${reviewedAt}~${cardId}~${count}`)) count++
  return `${reviewedAt}~${cardId}~${count}`
}
