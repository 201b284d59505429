"use client"

import { type Card, counts } from "@kube-notes/study"
import { useEffect } from "react"
import { fetchDeck } from "../../lib/study/deck-client.ts"
import { loadProgress } from "../../lib/study/progress-store.ts"

/**
 * Fills the "복습 예정 M개" part of every `[data-study-scope]` badge on the page (the card
 * count is printed by the server). One component per page rather than one per badge; the deck
 * is fetched only when this browser has progress, since with none nothing is due.
 */
export function StudyBadges() {
  useEffect(() => {
    const badges = [...document.querySelectorAll<HTMLElement>("[data-study-scope]")]
    const { progress } = loadProgress()
    const fill = (dueOf: (scope: string) => number) => {
      for (const badge of badges) {
        const slot = badge.querySelector("[data-study-due]")
        if (slot) slot.textContent = String(dueOf(badge.dataset.studyScope ?? ""))
      }
    }
    if (progress.log.length === 0 && Object.keys(progress.cards).length === 0) {
      fill(() => 0)
      return
    }
    fetchDeck().then(
      (deck) => {
        const now = new Date()
        const inScope = (card: Card, scope: string) =>
          !scope || card.noteId === scope || card.topicId === scope
        fill((scope) => counts(scope ? deck.filter((card) => inScope(card, scope)) : deck, progress, now).due)
      },
      () => undefined,
    )
  }, [])
  return null
}
