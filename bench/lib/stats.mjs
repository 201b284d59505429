/** Median and spread of repeated measurements: a benchmark's figure is never a single run. */

export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0)
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0, values: [] }
  const middle = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length, values }
}

/** Spread as a percentage of the median: (max − min) / median. */
export function spreadOf(summary) {
  return summary.median > 0 ? ((summary.max - summary.min) / summary.median) * 100 : 0
}

/** Summaries of every numeric field across runs: [{wallMs, cpuMs}, …] → {wallMs: summary, …}. */
export function summarizeRuns(runs) {
  const fields = new Set(runs.flatMap((run) => Object.keys(run).filter((k) => typeof run[k] === "number")))
  return Object.fromEntries([...fields].map((field) => [field, summarize(runs.map((run) => run[field]))]))
}
