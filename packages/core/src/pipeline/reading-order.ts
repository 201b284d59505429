/**
 * Reading order of notes: front matter `order` first (numbers ascending), then path, with
 * numbers in names compared as numbers ("2강" before "10강") and Korean collation.
 */
import type { NoteAnalysis } from "../analyze/types.ts"

const collator = new Intl.Collator("ko", { numeric: true, sensitivity: "variant" })

export function compareReadingOrder(a: NoteAnalysis, b: NoteAnalysis): number {
  const orderA = orderOf(a)
  const orderB = orderOf(b)
  if (orderA !== orderB) return orderA < orderB ? -1 : 1
  return collator.compare(a.path, b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
}

function orderOf(analysis: NoteAnalysis): number {
  const order = analysis.frontmatter.order
  return typeof order === "number" && Number.isFinite(order) ? order : Number.POSITIVE_INFINITY
}
