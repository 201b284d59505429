/**
 * For figures that depend on this browser's progress (due counts, mastery): with no progress
 * every such figure is 0 and the deck is not fetched; otherwise the deck is fetched once.
 */
import type { Card, Progress } from "@kube-notes/study"
import { fetchDeck } from "./deck-client.ts"
import { loadProgress } from "./progress-store.ts"

export function withDeckAndProgress(
  onNone: () => void,
  onBoth: (deck: Card[], progress: Progress) => void,
): void {
  const { progress } = loadProgress()
  if (progress.log.length === 0 && Object.keys(progress.cards).length === 0) {
    onNone()
    return
  }
  fetchDeck().then(
    (deck) => onBoth(deck, progress),
    () => undefined,
  )
}
