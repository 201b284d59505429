/** The watch path's figures for one corpus: one process, a build, then one change at a time. */
import { runProbe } from "./child.mjs"
import { summarize } from "./stats.mjs"

export async function measureUpdates({ dir, cacheDir, repeats }) {
  const result = await runProbe("update.mjs", [dir, cacheDir, repeats], { timeoutMs: 900_000 })
  return {
    notes: result.notes,
    maxRssMB: result.maxRssMB,
    changes: Object.fromEntries(
      Object.entries(result.results).map(([name, times]) => [name, summarize(times)]),
    ),
  }
}
