/**
 * The status line as two strings that fill exactly `width` columns: the hints (or a
 * message) kept whole on the right when they fit, the breadcrumbs cut from the start on the
 * left. Measured with string-width, so Korean (two columns a syllable) lines up too.
 */
import { measureWidth } from "../render/measure-width.ts"
import { truncateStartToWidth, truncateToWidth } from "../render/truncate-to-width.ts"

export interface StatusLineText {
  /** Breadcrumbs, cut at the start, then the padding up to the right part. */
  readonly left: string
  readonly right: string
}

export function layoutStatusLine(breadcrumbs: string, right: string, width: number): StatusLineText {
  const fitted = truncateToWidth(right, width)
  const room = width - measureWidth(fitted) - 1 // one space between the two
  const crumbs = room > 0 ? truncateStartToWidth(breadcrumbs, room) : ""
  const padding = Math.max(0, width - measureWidth(crumbs) - measureWidth(fitted))
  return { left: crumbs + " ".repeat(padding), right: fitted }
}
