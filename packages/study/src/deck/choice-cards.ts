/**
 * A multiple-choice check per topic: the definition of the first term the topic defines, with
 * the term among up to three others taken first from terms the same note defines, then from
 * the rest of the glossary (the same kind), in a stable order.
 */
import type { TermNode, TopicNode } from "@kube-notes/graph"
import type { Card } from "../types.ts"
import { countLetters, foldText, maskNames } from "./text.ts"

const CHOICES = 4

export function makeChoiceCard(
  topic: TopicNode,
  defined: readonly TermNode[],
  sameNote: readonly TermNode[],
  allTerms: readonly TermNode[],
): Card | undefined {
  for (const term of defined) {
    const definition = term.definition.trim()
    if (!definition) continue
    const front = maskNames(definition, [term.title, ...term.aliases])
    if (countLetters(front) < 6) continue
    const distractors = pickDistractors(term, front, [sameNote, allTerms])
    if (distractors.length === 0) continue
    const choices = [term.title, ...distractors].sort((a, b) => foldText(a).localeCompare(foldText(b), "ko"))
    return {
      id: `${topic.id}:choice`,
      type: "choice",
      nodeId: topic.id,
      noteId: topic.note,
      topicId: topic.id,
      front: `「${topic.title}」 확인: 이 설명에 맞는 용어는? ${front}`,
      back: term.title,
      answer: term.title,
      choices,
    }
  }
  return undefined
}

/** Other terms' titles, none of which the front names (that would give it away) or repeats. */
function pickDistractors(term: TermNode, front: string, pools: readonly (readonly TermNode[])[]): string[] {
  const picked: string[] = []
  const seen = new Set([foldText(term.title)])
  const folded = foldText(front)
  for (const pool of pools) {
    for (const other of pool) {
      const key = foldText(other.title)
      if (seen.has(key) || folded.includes(key)) continue
      seen.add(key)
      picked.push(other.title)
      if (picked.length === CHOICES - 1) return picked
    }
  }
  return picked
}
