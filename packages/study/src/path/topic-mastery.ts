/**
 * How well a topic is known: the share of its cards in review whose recall probability
 * (FSRS retrievability) now is at least 0.9. A topic with no cards has mastery 0.
 */
import { createFsrs } from "../schedule/fsrs.ts"
import { toFsrsCard } from "../schedule/fsrs-card.ts"
import type { Card, Progress } from "../types.ts"

const MASTERED = 0.9
const fsrs = createFsrs()

export function topicMastery(deck: readonly Card[], progress: Progress, topicId: string, now: Date): number {
  const cards = deck.filter((card) => card.topicId === topicId)
  if (cards.length === 0) return 0
  let mastered = 0
  for (const card of cards) {
    const state = progress.cards[card.id]
    if (state?.phase !== "review") continue
    if (fsrs.get_retrievability(toFsrsCard(state), now, false) >= MASTERED) mastered++
  }
  return mastered / cards.length
}
