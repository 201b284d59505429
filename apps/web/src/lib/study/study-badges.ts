/**
 * Fills the "복습 예정 M개" part of every `[data-study-scope]` badge on the page (StudyBadge
 * prints the card count). Shared by the React pages (components/study/StudyBadges.tsx) and the
 * plain script of pages without React (src/plain/page.ts). The deck is fetched only when this
 * browser has progress, since with none nothing is due.
 */
import { type Card, counts } from "@kube-notes/study"
import { withDeckAndProgress } from "./with-deck-and-progress.ts"

export function fillStudyBadges(): void {
  const badges = [...document.querySelectorAll<HTMLElement>("[data-study-scope]")]
  if (badges.length === 0) return
  const fill = (dueOf: (scope: string) => number) => {
    for (const badge of badges) {
      const slot = badge.querySelector("[data-study-due]")
      if (slot) slot.textContent = String(dueOf(badge.dataset.studyScope ?? ""))
    }
  }
  const inScope = (card: Card, scope: string) => !scope || card.noteId === scope || card.topicId === scope
  withDeckAndProgress(
    () => fill(() => 0),
    (deck, progress) => {
      const now = new Date()
      fill((scope) => counts(scope ? deck.filter((card) => inScope(card, scope)) : deck, progress, now).due)
    },
  )
}
