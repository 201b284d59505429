/**
 * Splitting text into tokens with their place in the original string, so the same code
 * serves indexing, querying and highlighting. Runs of letters and digits are tokens; a run
 * is also split where Hangul meets other scripts ("Kubelet을" → "kubelet", "을").
 */
import { isParticle, stemKorean } from "./korean.ts"

export interface Token {
  /** The normalised form looked up in the index (lower case, particles stripped). */
  readonly term: string
  /** UTF-16 offsets of the run in the (NFC) source string. */
  readonly start: number
  readonly end: number
  /** Length of the part of the run that `term` covers (the stem, without particles). */
  readonly stemLength: number
}

const RUN = /[\p{L}\p{N}\p{M}]+/gu
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+|[^\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+/gu

/** NFC (decomposed Korean from macOS becomes composed), lower case. NFKC would turn compatibility jamo (ㄱ) into conjoining jamo, so it is not used. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").toLowerCase()
}

/** Tokens of an already normalised string (see `normalizeText`). */
export function tokenize(normalized: string): Token[] {
  return [...iterateTokens(normalized)]
}

/**
 * Tokens one by one, so a caller that has seen enough (a snippet window) can stop early.
 * `from`: where to begin, the start of a run (see `runStart`); what lies before is skipped.
 */
export function* iterateTokens(normalized: string, from = 0): Generator<Token> {
  const runs = new RegExp(RUN)
  runs.lastIndex = from
  for (let run = runs.exec(normalized); run !== null; run = runs.exec(normalized)) {
    for (const part of run[0].matchAll(HANGUL)) {
      const start = run.index + part.index
      const text = part[0]
      // A particle glued to a Latin word ("Kubelet을") or standing alone ("kubelet 와") is not a word.
      if (isParticle(text)) continue
      const stem = stemKorean(text)
      if (stem === "") continue
      yield { term: stem, start, end: start + text.length, stemLength: stem.length }
    }
  }
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u

/** The start of the run of letters and digits that holds offset `at` (or `at` when none does). */
export function runStart(text: string, at: number): number {
  let start = at
  while (start > 0) {
    let before = start - 1
    const code = text.charCodeAt(before)
    // A character outside the BMP is two code units: test it whole.
    if (code >= 0xdc00 && code <= 0xdfff && before > 0) {
      const high = text.charCodeAt(before - 1)
      if (high >= 0xd800 && high <= 0xdbff) before--
    }
    if (!WORD.test(text.slice(before, start))) break
    start = before
  }
  return start
}

/** `RUN` for `termsOf`, which starts it at 0 every time (nothing it calls uses it). */
const RUNS = new RegExp(RUN)

/** Whether a UTF-16 code unit is in the HANGUL ranges above (a surrogate never is). */
const isHangul = (code: number) =>
  (code >= 0x1100 && code <= 0x11ff) ||
  (code >= 0x3130 && code <= 0x318f) ||
  (code >= 0xac00 && code <= 0xd7a3)

/**
 * Each word's stem ("" for a particle) as `termsOf` last worked it out: the same words come back
 * in text after text, and a lookup costs less than trying every ending (a quarter of
 * `termsOf`'s time on the 1,000 generated notes). Both are pure, so the terms are the same;
 * emptied when full, so memory stays bounded however many words a build sees.
 */
const stems = new Map<string, string>()
const STEMS_KEPT = 50_000

/**
 * The distinct index terms of a text: the terms of its tokens, in order (`iterateTokens`'s
 * parts: each run split where Hangul meets other characters). Without the tokens' offsets,
 * a generator or a second regular expression per run it is about twice as fast, and the
 * index tokenises every text of every note (half of the search index's time at 1,000 notes).
 */
export function termsOf(text: string): string[] {
  const terms = new Set<string>()
  const add = (part: string) => {
    let stem = stems.get(part)
    if (stem === undefined) {
      stem = isParticle(part) ? "" : stemKorean(part)
      if (stems.size >= STEMS_KEPT) stems.clear()
      stems.set(part, stem)
    }
    if (stem !== "") terms.add(stem)
  }
  const normalized = normalizeText(text)
  RUNS.lastIndex = 0
  for (let match = RUNS.exec(normalized); match !== null; match = RUNS.exec(normalized)) {
    const run = match[0]
    let start = 0
    let hangul = isHangul(run.charCodeAt(0))
    for (let i = 1; i < run.length; i++) {
      if (isHangul(run.charCodeAt(i)) === hangul) continue
      add(run.slice(start, i))
      start = i
      hangul = !hangul
    }
    add(start === 0 ? run : run.slice(start))
  }
  return [...terms]
}
