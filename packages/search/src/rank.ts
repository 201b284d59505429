/**
 * From scores to a ranking: documents that match every query token come first (or, when
 * none does, those matching most), then kind, title shape and exact-name boosts decide.
 * Terms outrank topics that merely mention them; a short title that is all query beats a
 * long one that contains it.
 */
import type { Scores } from "./scorer.ts"
import type { DocumentStore } from "./store.ts"
import { termsOf } from "./tokenize.ts"
import { selectTopK } from "./top-k.ts"
import { FIELD, type SearchKind } from "./types.ts"

const KIND_BOOST: Record<SearchKind, number> = { term: 1.25, command: 1.1, topic: 1, note: 0.9 }
const EXACT_NAME = 1.6
const NAME_PREFIX = 1.15

export interface ScoredQuery {
  readonly scores: Scores
  /** Bits of the tokens a document must match to count as a full match (see `Scores.mask`). */
  readonly required: number
  readonly tokenCount: number
  /** Multiplier for this query's scores (1 for the query as typed, less for a term's other names). */
  readonly factor: number
}

export interface RankInput {
  readonly store: DocumentStore
  /** Each reading of the query (as typed, compounds split): its index terms joined by spaces, compared with the names' terms. */
  readonly queryKeys: readonly string[]
  readonly queries: readonly ScoredQuery[]
  readonly kinds: readonly SearchKind[] | undefined
  readonly limit: number
}

export interface Ranked {
  readonly doc: number
  readonly score: number
}

/** Per store: the two score arrays of a ranking, zero between rankings (search is synchronous). */
const poolOf = new WeakMap<DocumentStore, { complete: Float64Array; partial: Float64Array }>()

export function rankCandidates(input: RankInput): Ranked[] {
  const { store } = input
  let pool = poolOf.get(store)
  if (!pool) {
    pool = { complete: new Float64Array(store.size), partial: new Float64Array(store.size) }
    poolOf.set(store, pool)
  }
  const { complete, partial } = pool
  const completeDocs: number[] = []
  const partialDocs: number[] = []
  try {
    return rank(input, complete, partial, completeDocs, partialDocs)
  } finally {
    for (const doc of completeDocs) complete[doc] = 0
    for (const doc of partialDocs) partial[doc] = 0
  }
}

function rank(
  input: RankInput,
  complete: Float64Array,
  partial: Float64Array,
  completeDocs: number[],
  partialDocs: number[],
): Ranked[] {
  const { store } = input
  const allowed = input.kinds ? new Set(input.kinds) : undefined
  for (const { scores, required, tokenCount, factor } of input.queries) {
    for (const doc of scores.docs) {
      const kind = store.kinds[doc] ?? "topic"
      if (allowed && !allowed.has(kind)) continue
      const count = scores.count[doc] ?? 0
      const base =
        (scores.total[doc] ?? 0) * factor * KIND_BOOST[kind] * titleShape(store, doc, scores, tokenCount)
      if (((scores.mask[doc] ?? 0) & required) === required) {
        if (complete[doc] === 0) completeDocs.push(doc)
        if ((complete[doc] ?? 0) < base) complete[doc] = base
      } else {
        const value = (base * count) / tokenCount
        if (partial[doc] === 0) partialDocs.push(doc)
        if ((partial[doc] ?? 0) < value) partial[doc] = value
      }
    }
  }
  const [pool, docs] = completeDocs.length > 0 ? [complete, completeDocs] : [partial, partialDocs]
  // Name checks tokenize titles, so they run only on the head of the list.
  const head = selectTopK(docs, pool, input.limit * 3 + 30)
  for (const doc of head)
    pool[doc] = (pool[doc] ?? 0) * Math.max(...input.queryKeys.map((key) => nameBoost(store, doc, key)))
  return selectTopK(head, pool, input.limit).map((doc) => ({ doc, score: pool[doc] ?? 0 }))
}

/** Per store: 1 + the number of index terms in each title, 0 until first needed. */
const titleTokenCounts = new WeakMap<DocumentStore, Uint16Array>()

/** A title match counts more the more of the title the query covers. */
function titleShape(store: DocumentStore, doc: number, scores: Scores, tokenCount: number): number {
  if (scores.field[doc] !== FIELD.title) return 1
  let counts = titleTokenCounts.get(store)
  if (!counts) {
    counts = new Uint16Array(store.size)
    titleTokenCounts.set(store, counts)
  }
  let count = (counts[doc] ?? 0) - 1
  if (count < 0) {
    count = Math.min(Math.max(termsOf(store.titles[doc] ?? "").length, 1), 65534)
    counts[doc] = count + 1
  }
  return 0.75 + 0.25 * Math.min(1, tokenCount / count)
}

function nameBoost(store: DocumentStore, doc: number, queryKey: string): number {
  let boost = 1
  for (const name of [store.titles[doc] ?? "", ...(store.aliases[doc] ?? [])]) {
    const key = termsOf(name).join(" ")
    if (key === queryKey) return EXACT_NAME
    if (key.startsWith(queryKey)) boost = NAME_PREFIX
  }
  return boost
}
