/**
 * The index's sorted vocabulary and the ways a query token reaches its entries: exact,
 * prefix, jamo prefix (partial syllables: 큐ㅂ, 큡 → 큐블렛), 초성 prefix (ㅋㅂㄹ → 큐블렛)
 * and bounded edit distance (kubctl → kubectl). Jamo and 초성 keys are derived on first use.
 */
import { boundedEditDistance } from "./edit-distance.ts"
import { hasHangul, isChoseongQuery, toChoseong, toJamo } from "./korean.ts"

/** How well a vocabulary entry matches a query token, 0–1. */
export type Expansions = Map<number, number>

/** At most this many vocabulary entries per query token (the best ones), so one-letter queries stay fast. */
const MAX_EXPANSIONS = 64

interface KeyTable {
  readonly keys: string[]
  readonly tokens: Int32Array
}

export class Vocabulary {
  readonly #terms: readonly string[]
  #jamo: KeyTable | undefined
  #choseong: KeyTable | undefined
  #jamoOf: Map<number, string> | undefined

  constructor(terms: readonly string[]) {
    this.#terms = terms
  }

  term(index: number): string {
    return this.#terms[index] ?? ""
  }

  /** Index of `term` in the vocabulary, or -1. */
  indexOf(term: string): number {
    const at = lowerBound(this.#terms, term)
    return this.#terms[at] === term ? at : -1
  }

  get size(): number {
    return this.#terms.length
  }

  /** Every way `token` (normalised and stemmed) reaches the vocabulary, with a quality each. */
  expand(token: string): Expansions {
    const found: Expansions = new Map()
    const offer = (index: number, quality: number): void => {
      if ((found.get(index) ?? 0) < quality) found.set(index, quality)
    }
    const [from, to] = prefixRange(this.#terms, token)
    for (let i = from; i < to; i++)
      offer(i, i === from && this.term(i) === token ? 1 : prefixQuality(token, this.term(i)))
    if (hasHangul(token)) {
      const jamo = toJamo(token)
      const table = this.#jamoTable()
      const [jFrom, jTo] = prefixRange(table.keys, jamo)
      for (let i = jFrom; i < jTo; i++)
        offer(table.tokens[i] ?? 0, 0.9 * prefixQuality(jamo, table.keys[i] ?? ""))
    }
    if (isChoseongQuery(token)) {
      const table = this.#choseongTable()
      const [cFrom, cTo] = prefixRange(table.keys, token)
      for (let i = cFrom; i < cTo; i++)
        offer(table.tokens[i] ?? 0, 0.85 * prefixQuality(token, table.keys[i] ?? ""))
    } else if (!(from < to && this.term(from) === token)) {
      // A word found as typed is taken as meant; only unknown words look for near spellings.
      this.#offerTypos(token, offer)
    }
    return keepBest(found)
  }

  /** Latin tokens of ≥ 4 letters and Hangul words of ≥ 6 jamo (about three syllables) allow typos. */
  #offerTypos(token: string, offer: (index: number, quality: number) => void): void {
    const hangul = hasHangul(token)
    const key = hangul ? toJamo(token) : token
    if (key.length < (hangul ? 6 : 4)) return
    const max = key.length >= 8 ? 2 : 1
    if (hangul) {
      const jamoOf = this.#jamoIndex()
      for (const [index, jamo] of jamoOf) {
        const distance = boundedEditDistance(key, jamo, max)
        if (distance <= max && distance > 0) offer(index, distance === 1 ? 0.5 : 0.4)
      }
      return
    }
    for (let i = 0; i < this.#terms.length; i++) {
      const term = this.term(i)
      if (Math.abs(term.length - key.length) > max) continue
      const distance = boundedEditDistance(key, term, max)
      if (distance <= max && distance > 0) offer(i, distance === 1 ? 0.5 : 0.4)
    }
  }

  #jamoIndex(): Map<number, string> {
    if (!this.#jamoOf) {
      this.#jamoOf = new Map()
      this.#terms.forEach((term, i) => {
        if (hasHangul(term)) this.#jamoOf?.set(i, toJamo(term))
      })
    }
    return this.#jamoOf
  }

  #jamoTable(): KeyTable {
    this.#jamo ??= makeTable([...this.#jamoIndex()])
    return this.#jamo
  }

  #choseongTable(): KeyTable {
    this.#choseong ??= makeTable(
      [...this.#jamoIndex().keys()]
        .map((i) => [i, toChoseong(this.term(i))] as const)
        .filter(([, key]) => key !== ""),
    )
    return this.#choseong
  }
}

function makeTable(entries: (readonly [number, string])[]): KeyTable {
  entries.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  return { keys: entries.map(([, key]) => key), tokens: Int32Array.from(entries.map(([i]) => i)) }
}

/** A prefix match covering more of the entry is worth more: 0.55–0.85. */
function prefixQuality(prefix: string, whole: string): number {
  return prefix === whole ? 0.95 : 0.55 + 0.3 * (prefix.length / Math.max(whole.length, 1))
}

/** `[from, to)` of the sorted `keys` that start with `prefix`. */
export function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(keys, prefix)
  const to = lowerBound(keys, `${prefix}\uffff`)
  return [from, to]
}

function lowerBound(keys: readonly string[], value: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((keys[mid] ?? "") < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function keepBest(found: Expansions): Expansions {
  if (found.size <= MAX_EXPANSIONS) return found
  return new Map([...found].sort((a, b) => b[1] - a[1]).slice(0, MAX_EXPANSIONS))
}
