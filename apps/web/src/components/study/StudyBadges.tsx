"use client"

import { type Card, counts } from "@kube-notes/study"
import { useEffect } from "react"
import { withDeckAndProgress } from "../../lib/study/with-deck-and-progress.ts"

/**
 * Fills the "복습 예정 M개" part of every `[data-study-scope]` badge on the page (the card
 * count is printed by the server). One component per page rather than one per badge; the deck
 * is fetched only when this browser has progress, since with none nothing is due.
 */
export function StudyBadges() {
  useEffect(() => {
    const badges = [...document.querySelectorAll<HTMLElement>("[data-study-scope]")]
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
  }, [])
  return null
}
