"use client"

import { topicMastery } from "@kube-notes/study"
import { useEffect } from "react"
import { withDeckAndProgress } from "../../lib/study/with-deck-and-progress.ts"

/**
 * Fills each `[data-mastery-topic]` cell of the learning path with the topic's mastery in this
 * browser: the share of its cards in review with recall probability ≥ 0.9.
 */
export function PathMastery() {
  useEffect(() => {
    const cells = [...document.querySelectorAll<HTMLElement>("[data-mastery-topic]")]
    const fill = (masteryOf: (topicId: string) => number) => {
      for (const cell of cells) {
        const percent = Math.round(masteryOf(cell.dataset.masteryTopic ?? "") * 100)
        cell.textContent = `${percent}%`
        cell.closest("li")?.style.setProperty("--mastery", `${percent}%`)
      }
    }
    withDeckAndProgress(
      () => fill(() => 0),
      (deck, progress) => {
        const now = new Date()
        fill((topicId) => topicMastery(deck, progress, topicId, now))
      },
    )
  }, [])
  return null
}
