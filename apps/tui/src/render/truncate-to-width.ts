/**
 * Cuts text to a terminal width, with "…" where it was cut. Ink's own truncation (through
 * cli-truncate 5.2) can return one column too many when the cut falls on a wide (Korean)
 * character, which pushes a pane's right border out of line; text cut here never needs it.
 * Cuts fall between graphemes, so a Hangul syllable (even decomposed, as jamo) stays whole.
 */
import { measureWidth } from "./measure-width.ts"

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" })

/** Keeps the start: `쿠버네티스 클러…`. */
export function truncateToWidth(text: string, width: number): string {
  return cut(
    () => [...graphemes.segment(text)].map((s) => s.segment),
    text,
    width,
    (kept) => `${kept.join("")}…`,
  )
}

/** Keeps the end, for breadcrumbs where the last crumb matters most: `…스 › 1-1) 용어`. */
export function truncateStartToWidth(text: string, width: number): string {
  const reversed = () => [...graphemes.segment(text)].map((s) => s.segment).reverse()
  return cut(reversed, text, width, (kept) => `…${kept.reverse().join("")}`)
}

/** `parts` is called only when the text must be cut: most rows fit, and need no segmenting. */
function cut(parts: () => string[], text: string, width: number, join: (kept: string[]) => string): string {
  if (measureWidth(text) <= width) return text
  if (width <= 0) return ""
  const kept: string[] = []
  let used = 0
  for (const part of parts()) {
    const w = measureWidth(part)
    if (used + w + 1 > width) break // keep one column for the ellipsis
    kept.push(part)
    used += w
  }
  return join(kept)
}
