/**
 * Bounded optimal-string-alignment distance (Levenshtein plus adjacent swaps: kubeclt →
 * kubectl is one edit). Returns `max + 1` as soon as the distance must exceed `max`, so a
 * scan over the vocabulary stays cheap. Rows are reused between calls (no allocation).
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const

export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const width = b.length + 1
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)]
  let [before, previous, current] = rows
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[b.length] as number, max + 1)
}
