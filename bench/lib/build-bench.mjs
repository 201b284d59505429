/**
 * Graph build figures for one corpus: every mode runs in its own process, round after round
 * (read, bare, single, pool, warm interleaved), so a burst of load on the machine hits every
 * mode alike and the ratios stay fair.
 */
import { runProbe } from "./child.mjs"
import { currentLoad } from "./machine.mjs"
import { summarizeRuns } from "./stats.mjs"

export const MODES = {
  read: "read the files (readContentDir)",
  bare: "bare parse: unified + remark-parse + remark-gfm, 1 thread",
  pool: "core cold build, worker threads, no cache",
  single: "core cold build, 1 thread, no cache",
  prime: "core cold build, worker threads, writing the disk cache",
  warm: "core warm rebuild from the disk cache",
}

export async function measureBuilds({ dir, cacheDir, rounds, onceModes, log }) {
  const runs = Object.fromEntries(Object.keys(MODES).map((mode) => [mode, []]))
  const loads = []
  for (let round = 0; round < rounds; round++) {
    for (const mode of Object.keys(MODES)) {
      if (round > 0 && onceModes.includes(mode)) continue
      // warm needs the cache prime wrote; prime runs in round 0 only when it is a once-mode.
      loads.push(currentLoad())
      const result = await runProbe("build.mjs", [mode, dir, cacheDir], { timeoutMs: 900_000 })
      runs[mode].push(result)
      log(
        `  ${mode.padEnd(6)} round ${round + 1}: ${(result.wallMs / 1000).toFixed(2)} s wall, ${(result.cpuMs / 1000).toFixed(2)} s CPU, ${result.maxRssMB.toFixed(0)} MB`,
      )
    }
  }
  const graphs = Object.values(runs)
    .flat()
    .filter((run) => run.graph)
  const identical = new Set(graphs.map((run) => run.graph.sha1)).size === 1
  const summaries = Object.fromEntries(
    Object.entries(runs).map(([mode, list]) => [
      mode,
      summarizeRuns(
        list.map(({ readMs, workMs, wallMs, cpuMs, maxRssMB }) => ({
          readMs,
          workMs,
          wallMs,
          cpuMs,
          maxRssMB,
        })),
      ),
    ]),
  )
  const first = runs.read[0]
  return {
    notes: first.notes,
    bytes: first.bytes,
    graph: graphs[0]?.graph,
    identicalGraphs: identical,
    loadDuring: { min: Math.min(...loads), max: Math.max(...loads) },
    modes: summaries,
  }
}
