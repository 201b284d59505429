/**
 * Scoring one query against the postings: for every query token the best way each document
 * matches it (quality × field weight × a mild idf), summed over tokens, with a count of the
 * tokens each document matched. Buffers are reused between queries: search is synchronous.
 * At 5,000 notes one set of score arrays is ≈ 0.5 MB and a query scores up to a dozen
 * readings and other names: made afresh for every query, they were most of what a query
 * allocated, and in a process that also holds the graph that memory came back as garbage
 * collections and fresh pages inside the queries (docs/benchmarks.md › Search p95).
 */
import { decodePostings, type Postings } from "./postings.ts"
import type { Expansions } from "./vocabulary.ts"

/** Field weights, indexed by `FIELD`: body, secondary (definition), alias, title. */
const FIELD_WEIGHT = [1, 2.5, 6, 8] as const

export interface Scores {
  /** Documents with a score, in the order they were first met. */
  readonly docs: number[]
  readonly total: Float64Array
  readonly count: Uint8Array
  /** Bit i set when the document matched query token i (queries have at most 8 tokens). */
  readonly mask: Uint8Array
  /** Strongest field each document matched in. */
  readonly field: Uint8Array
}

export class Scorer {
  readonly #encoded: readonly string[]
  readonly #decoded = new Map<number, Postings>()
  readonly #size: number
  readonly #best: Float64Array
  /** Score arrays handed out since the last `startQuery`, then the free ones. */
  readonly #pool: { -readonly [K in keyof Scores]: Scores[K] }[] = []
  #used = 0

  constructor(postings: readonly string[], size: number) {
    this.#encoded = postings
    this.#size = size
    this.#best = new Float64Array(size)
  }

  /** A new query: the scores handed out for the last one are cleared and used again. */
  startQuery(): void {
    for (let i = 0; i < this.#used; i++) {
      const scores = this.#pool[i] as Scores
      for (const doc of scores.docs) {
        scores.total[doc] = 0
        scores.count[doc] = 0
        scores.mask[doc] = 0
        scores.field[doc] = 0
      }
    }
    this.#used = 0
  }

  postings(token: number): Postings {
    let found = this.#decoded.get(token)
    if (!found) {
      found = decodePostings(this.#encoded[token] ?? "")
      this.#decoded.set(token, found)
    }
    return found
  }

  /**
   * A mild idf from the best expansion of a query token, shared by all its expansions: rare
   * query words weigh more than common ones, but a rare completion of a prefix is not
   * preferred to a common one.
   */
  #idf(expansions: Expansions): number {
    let bestToken = -1
    let bestQuality = -1
    for (const [token, quality] of expansions) {
      if (quality > bestQuality) [bestToken, bestQuality] = [token, quality]
    }
    const df = bestToken < 0 ? 1 : this.postings(bestToken).docs.length
    return 1 + 0.1 * Math.log(1 + this.#size / Math.max(df, 1))
  }

  /** Scores of one reading; valid until the next `startQuery`. */
  score(query: readonly Expansions[]): Scores {
    let scores = this.#pool[this.#used]
    if (!scores) {
      scores = {
        docs: [],
        total: new Float64Array(this.#size),
        count: new Uint8Array(this.#size),
        mask: new Uint8Array(this.#size),
        field: new Uint8Array(this.#size),
      }
      this.#pool.push(scores)
    }
    this.#used++
    scores.docs = []
    const best = this.#best
    for (const [position, expansions] of query.entries()) {
      const touched: number[] = []
      const idf = this.#idf(expansions)
      for (const [token, quality] of expansions) {
        const { docs, fields } = this.postings(token)
        const weight = quality * idf
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] ?? 0
          const field = fields[i] ?? 0
          const value = weight * (FIELD_WEIGHT[field as 0 | 1 | 2 | 3] ?? 1)
          if (best[doc] === 0) touched.push(doc)
          if (value > (best[doc] ?? 0)) best[doc] = value
          if (field > (scores.field[doc] ?? 0)) scores.field[doc] = field
        }
      }
      for (const doc of touched) {
        if (scores.count[doc] === 0) scores.docs.push(doc)
        scores.total[doc] = (scores.total[doc] ?? 0) + (best[doc] ?? 0)
        scores.count[doc] = (scores.count[doc] ?? 0) + 1
        scores.mask[doc] = (scores.mask[doc] ?? 0) | (1 << position)
        best[doc] = 0
      }
    }
    return scores
  }
}
