/**
 * The search engine over a loaded index: query → tokens → vocabulary expansions → scores →
 * ranked, typed results with highlights, snippets and breadcrumbs.
 */
import type { Graph, GraphNode } from "@kube-notes/graph"
import { buildSearchIndex } from "./build-index.ts"
import { CrossScript } from "./cross-script.ts"
import { getBodyText } from "./documents.ts"
import { rankCandidates, type ScoredQuery } from "./rank.ts"
import { Scorer } from "./scorer.ts"
import { splitCompound } from "./segment.ts"
import { highlight, makeSnippet } from "./snippet.ts"
import { assertSearchIndexJson, createDocumentStore, type DocumentStore } from "./store.ts"
import { normalizeText, termsOf, tokenize } from "./tokenize.ts"
import type { Highlighted, SearchEngine, SearchOptions, SearchResult } from "./types.ts"
import { type Expansions, Vocabulary } from "./vocabulary.ts"

/** Longer queries are cut: nobody types more, and it bounds the work per query. */
export const MAX_QUERY_LENGTH = 200
const MAX_QUERY_TOKENS = 8
const DEFAULT_LIMIT = 20
/** Results found through another name of a term (flannel → 플라넬) count a little less. */
const ALIAS_FACTOR = 0.7

export interface LoadOptions {
  /** The graph the index was built from: lets topic and note results carry a snippet of their body. */
  readonly graph?: Graph
}

/** An engine from the JSON `buildSearchIndex` wrote (e.g. `search-index.json`). */
export function loadSearchIndex(json: unknown, options: LoadOptions = {}): SearchEngine {
  assertSearchIndexJson(json)
  const store = createDocumentStore(json)
  const vocabulary = new Vocabulary(json.tokens)
  const scorer = new Scorer(json.postings, store.size)
  const termByName = indexTermNames(store)
  const nodes = options.graph ? new Map(options.graph.nodes.map((node) => [node.id, node])) : undefined

  const crossScript = new CrossScript(vocabulary)
  const isWord = (part: string) => vocabulary.indexOf(part) >= 0
  /** Index words a query word reaches: in its own script, then as the same word in the other. */
  const expand = (token: string): Expansions => {
    const found = vocabulary.expand(token)
    for (const [index, quality] of crossScript.expand(token))
      if ((found.get(index) ?? 0) < quality) found.set(index, quality)
    return found
  }

  const search = (query: string, searchOptions: SearchOptions = {}): SearchResult[] => {
    const limit = Math.min(Math.max(Math.floor(Number(searchOptions.limit ?? DEFAULT_LIMIT)) || 0, 0), 1000)
    if (typeof query !== "string" || limit === 0) return []
    const terms = [...new Set(tokenize(normalizeText(query.slice(0, MAX_QUERY_LENGTH))).map((t) => t.term))]
    if (terms.length === 0) return []
    const tokens = terms.slice(0, MAX_QUERY_TOKENS)
    scorer.startQuery()
    // A word may come back in another reading or another name of a term: expand it once.
    const expanded = new Map<string, Expansions>()
    const expandOnce = (token: string): Expansions => {
      let found = expanded.get(token)
      if (!found) {
        found = expand(token)
        expanded.set(token, found)
      }
      return found
    }
    const matched = new Set<string>()
    const collect = (list: Expansions[]): void => {
      for (const found of list) for (const index of found.keys()) matched.add(vocabulary.term(index))
    }
    const queries: ScoredQuery[] = []
    const addQuery = (list: Expansions[], factor: number): void => {
      collect(list)
      queries.push({
        scores: scorer.score(list),
        required: requiredMask(list, store),
        tokenCount: list.length,
        factor,
      })
    }
    const readings = readingsOf(tokens, isWord)
    for (const reading of readings) {
      addQuery(
        reading.map((token) => expandOnce(token)),
        1,
      )
      // Aliases both ways: a query that names a term also finds what its other names find.
      for (const name of otherNamesOf(reading.join(" "), termByName, store)) {
        addQuery(
          termsOf(name)
            .slice(0, MAX_QUERY_TOKENS)
            .map((token) => expandOnce(token)),
          ALIAS_FACTOR,
        )
      }
    }
    const ranked = rankCandidates({
      store,
      queryKeys: readings.map((reading) => reading.join(" ")),
      queries,
      kinds: searchOptions.kinds,
      limit,
    })
    return ranked.map(({ doc, score }) => toResult(store, doc, score, matched, nodes))
  }

  return { search, size: store.size }
}

/** Index and engine in one step, with body snippets: for Node tools and tests. */
export function createSearchEngine(graph: Graph): SearchEngine {
  return loadSearchIndex(buildSearchIndex(graph), { graph })
}

/**
 * The query as typed, and with its compounds split into index words (워커노드 → 워커 노드)
 * when that reads differently; at most 8 tokens each.
 */
function readingsOf(tokens: readonly string[], isWord: (part: string) => boolean): string[][] {
  let changed = false
  const split = tokens.flatMap((token) => {
    const parts = splitCompound(token, isWord)
    if (parts) changed = true
    return parts ?? [token]
  })
  return changed ? [[...tokens], split.slice(0, MAX_QUERY_TOKENS)] : [[...tokens]]
}

/** Every token must match, except those too common in bodies to be indexed there. */
function requiredMask(list: readonly Expansions[], store: DocumentStore): number {
  let mask = 0
  list.forEach((found, position) => {
    if (!isCommonInBodies(found, store)) mask |= 1 << position
  })
  return mask
}

/** A token whose best match is too common in bodies to be indexed there: a document may hold it unseen. */
function isCommonInBodies(found: Expansions, store: DocumentStore): boolean {
  for (const [index, quality] of found) if (quality >= 0.9 && store.pruned.has(index)) return true
  return false
}

function indexTermNames(store: DocumentStore): Map<string, number> {
  const byName = new Map<string, number>()
  for (let doc = 0; doc < store.size; doc++) {
    if (store.kinds[doc] !== "term") continue
    for (const name of [store.titles[doc] ?? "", ...(store.aliases[doc] ?? [])]) {
      const key = termsOf(name).join(" ")
      if (key !== "" && !byName.has(key)) byName.set(key, doc)
    }
  }
  return byName
}

function otherNamesOf(key: string, termByName: Map<string, number>, store: DocumentStore): string[] {
  const doc = termByName.get(key)
  if (doc === undefined) return []
  const names = [store.titles[doc] ?? "", ...(store.aliases[doc] ?? [])]
  return names.filter((name) => termsOf(name).join(" ") !== key).slice(0, 8)
}

function toResult(
  store: DocumentStore,
  doc: number,
  score: number,
  matched: ReadonlySet<string>,
  nodes: Map<string, GraphNode> | undefined,
): SearchResult {
  const id = store.ids[doc] ?? ""
  const title = store.titles[doc] ?? ""
  const path: number[] = []
  for (
    let at = store.parents[doc] ?? -1, steps = 0;
    at >= 0 && steps < 64;
    at = store.parents[at] ?? -1, steps++
  ) {
    path.unshift(at)
  }
  return {
    id,
    kind: store.kinds[doc] ?? "topic",
    title,
    titleHighlights: highlight(title, matched),
    snippet: snippetOf(store, doc, matched, nodes),
    path: path.map((at) => store.titles[at] ?? ""),
    pathIds: path.map((at) => store.ids[at] ?? ""),
    score: Math.round(score * 1000) / 1000,
  }
}

function snippetOf(
  store: DocumentStore,
  doc: number,
  matched: ReadonlySet<string>,
  nodes: Map<string, GraphNode> | undefined,
): Highlighted {
  switch (store.kinds[doc]) {
    case "term": {
      // The stored definition is the term's summary: definition, then descriptions.
      const aliases = (store.aliases[doc] ?? []).join(" · ")
      const definition = store.definitions[doc] ?? ""
      return makeSnippet([aliases, definition].filter((part) => part !== "").join(" — "), matched)
    }
    case "command":
      return makeSnippet(store.titles[doc] ?? "", matched)
    default:
      return makeSnippet(getBodyText(nodes?.get(store.ids[doc] ?? "")), matched)
  }
}
