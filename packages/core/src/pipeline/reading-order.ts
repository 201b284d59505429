/**
 * Reading order of notes: front matter `order` first (numbers ascending), then path, with
 * numbers in names compared as numbers ("2강" before "10강") and Korean collation.
 */
import type { NoteAnalysis } from "../analyze/types.ts"

/**
 * Made on first use: ICU's Korean collation takes ≈ 10 ms to load, and a build that finds its
 * graph in the cache (or a process that only reads one) never sorts.
 */
let collator: Intl.Collator | undefined

export function compareReadingOrder(a: NoteAnalysis, b: NoteAnalysis): number {
  const orderA = orderOf(a)
  const orderB = orderOf(b)
  if (orderA !== orderB) return orderA < orderB ? -1 : 1
  collator ??= new Intl.Collator("ko", { numeric: true, sensitivity: "variant" })
  return collator.compare(a.path, b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
}

function orderOf(analysis: NoteAnalysis): number {
  const order = analysis.frontmatter.order
  return typeof order === "number" && Number.isFinite(order) ? order : Number.POSITIVE_INFINITY
}

/**
 * `list` (in reading order) with the `moved` items taken out and those still `live` put back
 * at their places: the same as sorting the whole list again, for a few notes added, removed
 * or reordered.
 */
export function placeMoved<E extends { analysis: NoteAnalysis }>(
  list: readonly E[],
  moved: ReadonlySet<E>,
  live: (item: E) => boolean,
): E[] {
  const placed = list.filter((item) => !moved.has(item))
  for (const item of moved) {
    if (!live(item)) continue
    let low = 0
    let high = placed.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compareReadingOrder((placed[middle] as E).analysis, item.analysis) < 0) low = middle + 1
      else high = middle
    }
    placed.splice(low, 0, item)
  }
  return placed
}
