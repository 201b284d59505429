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

/** Tokens one by one, so a caller that has seen enough (a snippet window) can stop early. */
export function* iterateTokens(normalized: string): Generator<Token> {
  for (const run of normalized.matchAll(RUN)) {
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

/** The distinct index terms of a text. */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(normalizeText(text)).map((token) => token.term))]
}
