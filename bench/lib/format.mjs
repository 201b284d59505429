/** Number and table formatting for the report: one place, so the Markdown and the terminal agree. */
import { spreadOf } from "./stats.mjs"

export function ms(value) {
  if (!Number.isFinite(value)) return "—"
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  if (value >= 10) return `${value.toFixed(0)} ms`
  return `${value.toFixed(1)} ms`
}

export function mb(value) {
  return Number.isFinite(value) ? `${value.toFixed(0)} MB` : "—"
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "—"
}

/** "1.23 s (1.10–1.40 s, ±12%, 5 runs)" */
export function withSpread(summary) {
  if (!summary || summary.runs === 0) return "—"
  if (summary.runs === 1) return `${ms(summary.median)} (1 run)`
  return `${ms(summary.median)} (${ms(summary.min)}–${ms(summary.max)}, spread ${spreadOf(summary).toFixed(0)}%, ${summary.runs} runs)`
}

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")
}
