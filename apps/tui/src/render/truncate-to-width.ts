/**
 * Cuts text to a terminal width, ending in "…" when cut. Ink's own `truncate-end` (through
 * cli-truncate 5.2) can return one column too many when the cut falls on a wide (Korean)
 * character, which pushes a pane's right border out of line; text cut here never needs it.
 */
import stringWidth from "string-width"

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" })

export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  if (width <= 0) return ""
  let out = ""
  let used = 0
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment)
    if (used + w + 1 > width) break // keep one column for the ellipsis
    out += segment
    used += w
  }
  return `${out}…`
}
