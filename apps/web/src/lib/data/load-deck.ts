/**
 * The study deck, made from the graph once per build worker. Pages count cards from it and
 * `/study-deck.json` ships it to the browser as a static file, so studying needs nothing else.
 */
import { type Card, createDeck } from "@kube-notes/study"
import { loadNoteBodies } from "./load-bodies.ts"
import { loadSite } from "./load-site.ts"

export interface SiteDeck {
  readonly cards: Card[]
  /** Cards per note id and per topic id. */
  countOf(scopeId: string): number
}

let cached: { graph: unknown; deck: SiteDeck } | undefined

export function loadDeck(): SiteDeck {
  const { query } = loadSite()
  const graph = query.graph
  if (cached?.graph === graph) return cached.deck
  // A command card quotes the sentence around the command: read each note's bodies once.
  const bodiesOf = new Map<string, Record<string, unknown>>()
  const getBody = (topicId: string) => {
    const node = query.getNode(topicId)
    if (node?.kind !== "topic") return undefined
    let bodies = bodiesOf.get(node.note)
    if (!bodies) {
      bodies = loadNoteBodies(node.note).bodies
      bodiesOf.set(node.note, bodies)
    }
    return bodies[topicId]
  }
  const cards = createDeck(graph, { getBody })
  const perScope = new Map<string, number>()
  for (const card of cards) {
    for (const scope of new Set([card.noteId, card.topicId])) {
      if (scope) perScope.set(scope, (perScope.get(scope) ?? 0) + 1)
    }
  }
  const deck: SiteDeck = { cards, countOf: (scopeId) => perScope.get(scopeId) ?? 0 }
  cached = { graph, deck }
  return deck
}
