/**
 * The deck: every card the graph yields, in reading order (topic by topic: its terms, its
 * commands, then its multiple-choice check, which asks about a term no earlier check asked). Terms no topic defines or mentions and commands
 * no topic uses make no card: the deck is made from the notes.
 */
import type { CommandNode, Graph, TermNode } from "@kube-notes/graph"
import type { Card } from "../types.ts"
import { makeChoiceCard } from "./choice-cards.ts"
import { makeClozeCard } from "./cloze-card.ts"
import { makeCommandCard } from "./command-cards.ts"
import type { GetBody } from "./command-context.ts"
import { createDeckContext } from "./deck-context.ts"
import { makeOptionCards } from "./option-cards.ts"
import { makeTermCards } from "./term-cards.ts"

export interface DeckOptions {
  /** Topic bodies (mdast) by id, kept apart from the graph since schema 2: with them a command
   * card quotes the sentence around the command; without, the topic's plain text serves. */
  readonly getBody?: GetBody
}

export function createDeck(graph: Graph, options: DeckOptions = {}): Card[] {
  const context = createDeckContext(graph)
  const allTerms = [...context.terms.values()]
  const allNames = allTerms.flatMap((term) => [term.title, ...term.aliases])
  const byTopic = new Map<string, { terms: TermNode[]; commands: CommandNode[] }>()
  for (const node of graph.nodes) {
    if (node.kind !== "term" && node.kind !== "command") continue
    const topic = context.homeTopic.get(node.id)
    if (!topic) continue
    const entry = byTopic.get(topic.id) ?? { terms: [], commands: [] }
    if (node.kind === "term") entry.terms.push(node)
    else entry.commands.push(node)
    byTopic.set(topic.id, entry)
  }
  const definedInNote = new Map<string, Set<TermNode>>()
  for (const topic of context.topics) {
    const set = definedInNote.get(topic.note) ?? new Set()
    for (const term of context.definedBy.get(topic.id) ?? []) set.add(term)
    definedInNote.set(topic.note, set)
  }

  const cards: Card[] = []
  // Terms a multiple-choice check already asks: a later topic that defines one again asks another.
  const asked = new Set<string>()
  for (const topic of context.topics) {
    const entry = byTopic.get(topic.id)
    for (const term of entry?.terms ?? []) {
      cards.push(...makeTermCards(term, topic))
      const cloze = makeClozeCard(term, topic, allNames)
      if (cloze) cards.push(cloze)
    }
    for (const command of entry?.commands ?? []) {
      const card = makeCommandCard(command, topic, options.getBody)
      if (card) cards.push(card)
      cards.push(...makeOptionCards(command, topic))
    }
    const defined = (context.definedBy.get(topic.id) ?? []).filter((term) => !asked.has(term.id))
    const choice = makeChoiceCard(topic, defined, [...(definedInNote.get(topic.note) ?? [])], allTerms)
    if (choice) {
      cards.push(choice)
      const term = defined.find((term) => term.title === choice.answer)
      if (term) asked.add(term.id)
    }
  }
  return cards
}
