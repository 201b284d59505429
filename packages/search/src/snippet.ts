/**
 * Highlights and snippets: the tokens of a text whose index term was matched by the query
 * are marked (the stem only: 쿠버네티스 in 쿠버네티스는), and long texts are cut to a window
 * around the first match.
 */
import { iterateTokens, normalizeText, runStart } from "./tokenize.ts"
import type { Highlighted, Range } from "./types.ts"

const SNIPPET_LENGTH = 120
const LEAD = 30

/** Ranges of `text` whose tokens are in `matched`, up to offset `until`. Offsets are valid for `text` itself (NFC). */
export function highlight(
  text: string,
  matched: ReadonlySet<string>,
  until = Number.POSITIVE_INFINITY,
): Range[] {
  const normalized = normalizeText(text)
  // Lower-casing can change length for a few scripts; ranges then cannot be trusted.
  if (normalized.length !== text.length) return []
  // A token's term is the start of its own text, so no token before the first place a
  // matched term occurs can match: tokenising begins at the run that holds it, or not at all.
  // (Tokenising whole topic texts was most of what a query allocated at 5,000 notes.)
  let first = -1
  for (const term of matched) {
    if (term === "") continue
    const at = normalized.indexOf(term)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  if (first < 0 || first >= until) return []
  const ranges: Range[] = []
  for (const token of iterateTokens(normalized, runStart(normalized, first))) {
    if (token.start >= until) break
    if (matched.has(token.term)) {
      ranges.push([token.start, token.start + token.stemLength])
      // The first match fixes the window; later matches only matter inside it.
      if (until === Number.POSITIVE_INFINITY && text.length > SNIPPET_LENGTH)
        until = token.start + SNIPPET_LENGTH
    }
  }
  return ranges
}

/** A window of about 120 characters around the first match, whitespace collapsed. */
export function makeSnippet(raw: string, matched: ReadonlySet<string>): Highlighted {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim()
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: highlight(text, matched) }
  const all = highlight(text, matched, Number.POSITIVE_INFINITY)
  const first = all[0]?.[0] ?? 0
  let start = Math.max(0, first - LEAD)
  if (start > 0) {
    const space = text.lastIndexOf(" ", first)
    if (space >= start - 10 && space < first) start = space + 1
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH)
  const prefix = start > 0 ? "…" : ""
  const suffix = end < text.length ? "…" : ""
  const shift = prefix.length - start
  const highlights = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s + shift, e + shift])
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights }
}
