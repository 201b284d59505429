/**
 * The study deck, made from the graph once per build. Pages count cards from it and
 * `/study-deck.json` ships it to the browser as a static file, so studying needs nothing else.
 * Making it reads every note's bodies (a command card quotes the sentence around the command),
 * so the first process to need it writes the cards to the data folder (`DECK_CACHE`, keyed by the
 * graph file and the bodies' index), and every other build worker reads them from there. The
 * prebuild deletes that file, so a deck made by older code is never reused.
 */
import { createHash } from "node:crypto"
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs"
import { type Card, createDeck } from "@kube-notes/study"
import { getDataFile } from "./data-dir.ts"
import { loadNoteBodies } from "./load-bodies.ts"
import { loadSite } from "./load-site.ts"

export const DECK_CACHE = "study-deck.cache.json"

export interface SiteDeck {
  readonly cards: Card[]
  /** Cards per note id and per topic id. */
  countOf(scopeId: string): number
}

let cached: { graph: unknown; deck: SiteDeck } | undefined

/** What the deck is made from: graph.json as written, and the bodies' index (their source's hash). */
function sourceKey(): string {
  const graph = statSync(getDataFile("graph.json"))
  const hash = createHash("sha1").update(`${graph.size}:${graph.mtimeMs}:`)
  try {
    hash.update(readFileSync(getDataFile("bodies/index.json")))
  } catch {
    // A data folder without the index: the graph file alone keys the deck.
  }
  return hash.digest("hex")
}

function readCards(key: string): Card[] | undefined {
  try {
    const saved = JSON.parse(readFileSync(getDataFile(DECK_CACHE), "utf8")) as { key: string; cards: Card[] }
    return saved.key === key ? saved.cards : undefined
  } catch {
    return undefined
  }
}

function makeCards(): Card[] {
  const { query } = loadSite()
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
  return createDeck(query.graph, { getBody })
}

export function loadDeck(): SiteDeck {
  const graph = loadSite().query.graph
  if (cached?.graph === graph) return cached.deck
  const key = sourceKey()
  let cards = readCards(key)
  if (!cards) {
    cards = makeCards()
    // Written aside and renamed: a worker reading at the same moment sees the old file or the whole new one.
    const temporary = getDataFile(`${DECK_CACHE}.${process.pid}`)
    writeFileSync(temporary, JSON.stringify({ key, cards }))
    renameSync(temporary, getDataFile(DECK_CACHE))
  }
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

/** What pages other than the note pages read of the deck: how many cards, in all and per note or topic. */
export interface DeckCounts {
  readonly total: number
  countOf(scopeId: string): number
}

/**
 * The deck's counts as scripts/next-build.mjs gives them to `next build` (its Next-input folder,
 * scripts/lib/next-input.mjs): the cards quote the notes' text, which a text edit changes; the
 * counts change only when cards are added or removed, so the pages built from them need no new
 * `next build` for a text edit.
 */
export const DECK_COUNTS = "deck-counts.json"

/** The counts file's text: the total and each scope's count, scopes sorted. */
export function deckCountsJson(deck: SiteDeck): string {
  const scopes = new Set<string>()
  for (const card of deck.cards) for (const scope of [card.noteId, card.topicId]) if (scope) scopes.add(scope)
  const perScope = Object.fromEntries([...scopes].sort().map((scope) => [scope, deck.countOf(scope)]))
  return JSON.stringify({ total: deck.cards.length, perScope })
}

/** The deck's counts: from the counts file in a build, from the deck itself under `next dev` or without the file. */
export function loadDeckCounts(): DeckCounts {
  let text: string | undefined
  if (process.env.NODE_ENV !== "development") {
    try {
      text = readFileSync(getDataFile(DECK_COUNTS), "utf8")
    } catch {
      // No counts file (a bare `next build`): the deck is made here.
    }
  }
  if (text === undefined) {
    const deck = loadDeck()
    return { total: deck.cards.length, countOf: deck.countOf }
  }
  const { total, perScope } = JSON.parse(text) as { total: number; perScope: Record<string, number> }
  return { total, countOf: (scopeId) => perScope[scopeId] ?? 0 }
}
