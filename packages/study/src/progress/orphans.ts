/** Cards the progress knows but the deck no longer has (their node was renamed or removed). */
import type { Card, Progress } from "../types.ts"

export function orphanCardIds(deck: readonly Card[], progress: Progress): string[] {
  const inDeck = new Set(deck.map((card) => card.id))
  const known = new Set([...Object.keys(progress.cards), ...progress.log.map((entry) => entry.cardId)])
  return [...known].filter((id) => !inDeck.has(id)).sort()
}
