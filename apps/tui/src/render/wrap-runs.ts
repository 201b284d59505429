/**
 * Greedy word wrap over styled runs, measuring with string-width so Korean and other wide
 * characters take two columns. Words longer than the width break between graphemes.
 */
import { measureWidth } from "./measure-width.ts"
import type { Line, Run } from "./runs.ts"

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" })

export function wrapRuns(runs: readonly Run[], width: number): Line[] {
  const max = Math.max(1, width)
  const lines: Run[][] = [[]]
  let used = 0
  const current = () => lines[lines.length - 1] as Run[]
  const push = (run: Run, text: string) => {
    const line = current()
    const last = line[line.length - 1]
    // Merge pieces of the same run so styling is written once per line, not per word.
    if (last && sameRun(last, run)) line[line.length - 1] = { ...last, text: last.text + text }
    else line.push({ ...run, text })
  }
  const newLine = () => {
    lines.push([])
    used = 0
  }

  for (const run of runs) {
    for (const part of run.text.split(/(\n)/)) {
      if (part === "\n") {
        newLine()
        continue
      }
      for (const token of part.split(/( +)/)) {
        if (token === "") continue
        const w = measureWidth(token)
        const isSpace = token.trim() === ""
        if (used + w <= max) {
          if (!(isSpace && used === 0 && lines.length > 1)) {
            push(run, token)
            used += w
          }
          continue
        }
        if (isSpace) {
          newLine()
          continue
        }
        if (used > 0 && w <= max) newLine()
        for (const { segment } of graphemes.segment(token)) {
          const gw = measureWidth(segment)
          if (used + gw > max && used > 0) newLine()
          push(run, segment)
          used += gw
        }
      }
    }
  }
  return lines.map((line) => trimEnd(line))
}

function sameRun(a: Run, b: Run): boolean {
  return a.focus === b.focus && a.url === b.url && a.raw === b.raw && a.style === b.style
}

function trimEnd(line: Run[]): Run[] {
  const last = line[line.length - 1]
  if (!last || last.raw) return line
  const text = last.text.replace(/ +$/, "")
  if (text === "") return trimEnd(line.slice(0, -1))
  return [...line.slice(0, -1), { ...last, text }]
}
