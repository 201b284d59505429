#!/usr/bin/env node
/**
 * A cold build's memory and main-thread GC, before and after, in one run (rounds interleaved):
 * each round runs probes/cold-memory.mjs once with BEFORE's core and once with this checkout's,
 * on the same generated corpus. Both checkouts must be built; BEFORE is the older one's root.
 *
 *   node bench/cold-memory-side-by-side.mjs BEFORE [--notes 1000] [--rounds 3] [--core NAME=DIST]…
 *
 * `--core NAME=DIST` adds a side run with another built `packages/core/dist` (for example one
 * step of a branch, built with `tsc -p tsconfig.build.json --outDir` inside packages/core), so
 * each step's share can be told apart in the same run.
 * Prints a Markdown table: medians of wall, CPU, peak RSS, the main thread's minor and major GCs,
 * and heap used and RSS after the build and after writing.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { runProbe } from "./lib/child.mjs"
import { coreSides } from "./lib/core-sides.mjs"
import { summarize } from "./lib/stats.mjs"

const { notes, rounds, sides, corpus } = coreSides({ notes: 1000, rounds: 3 })
const load = () => loadavg()[0]
console.log(`corpus ${notes} notes, ${rounds} rounds; load at start ${load().toFixed(1)}`)

const out = mkdtempSync(join(tmpdir(), "kn-cold-memory-"))
const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]))
const loads = []
for (let round = 0; round < rounds; round++) {
  loads.push(load())
  for (const [side, dist] of Object.entries(sides))
    samples[side].push(
      await runProbe("cold-memory.mjs", [corpus, join(out, side), dist], { timeoutMs: 1_200_000 }),
    )
}
rmSync(out, { recursive: true, force: true })

const median = (list, pick) => summarize(list.map(pick)).median
const s = (ms) => `${(ms / 1000).toFixed(2)} s`
console.log(
  "\n| side | wall | CPU | peak RSS | main-thread GCs: minor / major (ms) | heap, RSS after build | heap, RSS after writing |\n| --- | --- | --- | --- | --- | --- | --- |",
)
for (const [side, list] of Object.entries(samples)) {
  const phase = (name, key) => median(list, (r) => r.phases.find((p) => p.name === name)[key])
  console.log(
    `| ${side} | ${s(median(list, (r) => r.wallMs))} | ${s(median(list, (r) => r.cpuMs))} | ${median(list, (r) => r.maxRssMB)} MB | ` +
      `${median(list, (r) => r.gc.minor.count)} (${median(list, (r) => r.gc.minor.ms)}) / ${median(list, (r) => r.gc.major.count)} (${median(list, (r) => r.gc.major.ms)}) | ` +
      `${phase("built", "heapMB")}, ${phase("built", "rssMB")} MB | ${phase("written", "heapMB")}, ${phase("written", "rssMB")} MB |`,
  )
}
console.log(
  `load average during the rounds: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
)
