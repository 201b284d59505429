/**
 * The learning path as rows to print or list: each topic in @kube-notes/study's order (terms
 * defined before the topics that use them) with its cards, what is due, and its mastery.
 */
import type { GraphQuery } from "@kube-notes/graph"
import { type Card, counts, learningPath, type Progress, topicMastery } from "@kube-notes/study"
import { displayTitle } from "../render/node-document.ts"

export interface PathRow {
  readonly id: string
  /** As the reader shows it: "1-1) 쿠버네티스 용어" (not yet sanitised). */
  readonly title: string
  /** The note's title, to tell apart topics of the same name in different notes. */
  readonly note: string
  readonly cards: number
  readonly due: number
  /** Share of the topic's cards in review with retrievability ≥ 0.9, 0 to 1. */
  readonly mastery: number
}

export function buildPathRows(
  query: GraphQuery,
  deck: readonly Card[],
  progress: Progress,
  now: Date,
): PathRow[] {
  const byTopic = new Map<string, Card[]>()
  for (const card of deck)
    if (card.topicId !== undefined) byTopic.set(card.topicId, [...(byTopic.get(card.topicId) ?? []), card])
  return learningPath(query.graph).flatMap((id) => {
    const topic = query.getTopic(id)
    if (!topic) return []
    const cards = byTopic.get(id) ?? []
    return [
      {
        id,
        title: displayTitle(topic),
        note: query.getNode(topic.note)?.title ?? topic.note,
        cards: cards.length,
        due: counts(cards, progress, now).due,
        mastery: topicMastery([...deck], progress, id, now),
      },
    ]
  })
}

/** "━━━━━─────  50%": ten cells of box-drawing lines (the frame's own width class). */
export function masteryBar(mastery: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, mastery)) * 10)
  return `${"━".repeat(filled)}${"─".repeat(10 - filled)} ${String(Math.round(mastery * 100)).padStart(3)}%`
}
