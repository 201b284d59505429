"use client"

import { topicMastery } from "@kube-notes/study"
import { useEffect } from "react"
import { fetchDeck } from "../../lib/study/deck-client.ts"
import { loadProgress } from "../../lib/study/progress-store.ts"

/**
 * Fills each `[data-mastery-topic]` cell of the learning path with the topic's mastery in this
 * browser: the share of its cards in review with recall probability ≥ 0.9.
 */
export function PathMastery() {
  useEffect(() => {
    const cells = [...document.querySelectorAll<HTMLElement>("[data-mastery-topic]")]
    const { progress } = loadProgress()
    const fill = (masteryOf: (topicId: string) => number) => {
      for (const cell of cells) {
        const share = masteryOf(cell.dataset.masteryTopic ?? "")
        const percent = Math.round(share * 100)
        cell.textContent = `${percent}%`
        cell.closest("li")?.style.setProperty("--mastery", `${percent}%`)
      }
    }
    if (progress.log.length === 0) {
      fill(() => 0)
      return
    }
    fetchDeck().then(
      (deck) => {
        const now = new Date()
        fill((topicId) => topicMastery(deck, progress, topicId, now))
      },
      () => undefined,
    )
  }, [])
  return null
}
