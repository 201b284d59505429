/** How many new cards the learner may still start today (the daily limit counts first reviews). */
import type { Progress } from "@kube-notes/study"

export const NEW_CARDS_PER_DAY = 20

export function newCardsLeftToday(progress: Progress, now: Date): number {
  const seen = new Set<string>()
  let startedToday = 0
  const today = now.toDateString()
  for (const entry of progress.log) {
    if (seen.has(entry.cardId)) continue
    seen.add(entry.cardId)
    if (new Date(entry.reviewedAt).toDateString() === today) startedToday++
  }
  return Math.max(0, NEW_CARDS_PER_DAY - startedToday)
}
