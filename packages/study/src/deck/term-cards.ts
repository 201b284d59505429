/**
 * Cards from one term: term → definition, definition → term (typed, 초성 hint) and
 * alias → term for every alias that is not just a case or spacing variant of the title.
 */
import type { TermNode, TopicNode } from "@kube-notes/graph"
import { choseongHint } from "../answer/choseong-hint.ts"
import type { Card } from "../types.ts"
import { countLetters, foldText, maskNames } from "./text.ts"

/** A masked definition needs this many letters left to still say something. */
const MIN_LETTERS_LEFT = 6

export function makeTermCards(term: TermNode, topic: TopicNode): Card[] {
  const base = { nodeId: term.id, noteId: topic.note, topicId: topic.id }
  const cards: Card[] = []
  const definition = term.definition.trim()
  if (definition) {
    cards.push({
      ...base,
      id: `${term.id}:term-definition`,
      type: "term-definition",
      front: `${term.title}의 뜻은?`,
      back: definition,
    })
    const masked = maskNames(definition, [term.title, ...term.aliases])
    if (countLetters(masked) >= MIN_LETTERS_LEFT) {
      cards.push({
        ...base,
        id: `${term.id}:definition-term`,
        type: "definition-term",
        front: `이 설명에 맞는 용어는? ${masked}`,
        back: term.title,
        answer: term.title,
        hint: choseongHint(term.title),
      })
    }
  }
  const title = variantKey(term.title)
  const seen = new Set<string>([title])
  for (const alias of term.aliases) {
    const key = variantKey(alias)
    // A spelling variant (Weave Net, weave-net) or an alias that holds the title teaches nothing.
    if (!key || seen.has(key) || key.includes(title)) continue
    seen.add(key)
    cards.push({
      ...base,
      id: `${term.id}:alias-term:${foldText(alias)}`,
      type: "alias-term",
      front: `‘${alias}’은(는) 어떤 용어의 다른 이름일까요?`,
      back: term.title,
      answer: term.title,
      hint: choseongHint(term.title),
    })
  }
  return cards
}

/** A name without case, spaces, hyphens, dots or underscores. */
function variantKey(name: string): string {
  return foldText(name).replace(/[\s._-]/g, "")
}
