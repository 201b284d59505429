/**
 * A cloze from a term's definition: one sentence with a word blanked out. The blank is another
 * term's name when the sentence holds one (the note links the two ideas), else its longest word.
 */
import type { TermNode, TopicNode } from "@kube-notes/graph"
import { stripParticle } from "../answer/particles.ts"
import type { Card } from "../types.ts"
import { BLANK, containsText, escapeRegExp, foldText, maskNames } from "./text.ts"

/** Shorter sentences leave too little around the blank to recall it from. */
const MIN_SENTENCE_WORDS = 4

export function makeClozeCard(
  term: TermNode,
  topic: TopicNode,
  otherNames: readonly string[],
): Card | undefined {
  for (const sentence of splitSentences(term.definition)) {
    if (sentence.split(/\s+/).length < MIN_SENTENCE_WORDS) continue
    const answer = pickBlank(sentence, term, otherNames)
    if (!answer) continue
    const blanked = maskNames(sentence, [answer])
    if (!blanked.includes(BLANK) || containsText(blanked, answer)) continue
    return {
      id: `${term.id}:cloze`,
      type: "cloze",
      nodeId: term.id,
      noteId: topic.note,
      topicId: topic.id,
      front: `${term.title}: ${blanked}`,
      back: sentence,
      answer,
    }
  }
  return undefined
}

/** Sentences of a definition: the glossary joins items with ` · `, prose ends with `.`. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\s·\s|(?<=[.!?。])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

function pickBlank(sentence: string, term: TermNode, otherNames: readonly string[]): string | undefined {
  const own = [term.title, ...term.aliases].map(foldText)
  const folded = foldText(sentence)
  const named = otherNames
    .filter((name) => name.length >= 2 && !own.includes(foldText(name)) && folded.includes(foldText(name)))
    .sort((a, b) => b.length - a.length || folded.indexOf(foldText(a)) - folded.indexOf(foldText(b)))[0]
  if (named) return sentence.match(new RegExp(escapeRegExp(named), "iu"))?.[0] ?? named
  const words = sentence
    .split(/\s+/)
    .map((word) => stripParticle(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")))
    .filter((word) => word.length >= 2 && !own.some((name) => foldText(word).includes(name)))
  return words.sort((a, b) => b.length - a.length)[0]
}
