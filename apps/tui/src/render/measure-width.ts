/**
 * Display width in terminal columns, exactly as string-width counts it, without calling
 * string-width for the text a reader mostly shows: printable ASCII, Hangul syllables, SGR
 * style codes, Latin-1 and the punctuation, arrows and box drawing the panes are made of.
 *
 * Why: string-width splits every string into graphemes (Intl.Segmenter) and tests each one
 * against Unicode property regexes. Compiling those regexes on its first non-ASCII call costs
 * ≈60 ms, and a Korean string ≈60 µs a call; laying out the first page and Ink measuring the
 * frame made that a quarter of the reader's first frame (docs/benchmarks.md › Terminal UI).
 * Anything outside these ranges (emoji, jamo, combining marks, other escapes, options) goes to
 * string-width itself; test/measure-width.test.ts checks every code point of the ranges.
 */
import stringWidth from "string-width"

type Options = Parameters<typeof stringWidth>[1]

/** The width when the text is made only of the ranges above; undefined otherwise. */
export function fastWidth(text: string): number | undefined {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20 && c <= 0x7e) width += 1
    else if (c >= 0xac00 && c <= 0xd7a3)
      width += 2 // Hangul syllables: one grapheme each
    else if (c === 0x1b) {
      // ESC [ params m (a style) is stripped by string-width and takes no column.
      i = skipStyle(text, i)
      if (i < 0) return undefined
    } else if (isNarrowSymbol(c)) width += 1
    else return undefined
  }
  return width
}

/** string-width's answer; direct for the common text, string-width for the rest. */
export function measureWidth(text: string, options?: Options): number {
  const fast = options === undefined || isDefault(options) ? fastWidth(text) : undefined
  return fast ?? stringWidth(text, options)
}

function isDefault(options: NonNullable<Options>): boolean {
  return (options.ambiguousIsNarrow ?? true) && !options.countAnsiEscapeCodes
}

/**
 * Index of the `m` ending the SGR sequence at `start` (`ESC [ 1;38;5;12 m`), or -1 when it is
 * not one that string-width strips whole (it takes numbers of up to four digits).
 */
function skipStyle(text: string, start: number): number {
  if (text.charCodeAt(start + 1) !== 0x5b) return -1
  let digits = 0
  for (let i = start + 2; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x6d) return i
    if (c === 0x3b) digits = 0
    else if (c >= 0x30 && c <= 0x39 && digits < 3) digits++
    else return -1
  }
  return -1
}

/** One column each, alone or beside anything in these ranges (never part of a cluster). */
function isNarrowSymbol(c: number): boolean {
  return (
    (c >= 0xa0 && c <= 0xff && c !== 0xad) || // Latin-1; U+00AD (soft hyphen) is invisible
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, bullets, …
    (c >= 0x2030 && c <= 0x205e) || // ‰ › ※ …
    (c >= 0x2190 && c <= 0x21ff) || // arrows
    (c >= 0x2500 && c <= 0x25fc) // box drawing, blocks, shapes (U+25FD–25FE are emoji: wide)
  )
}
