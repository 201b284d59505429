#!/usr/bin/env node
/**
 * The per-note analysis alone (`analyzeNote` over every note, one thread), before and after, in
 * one run with rounds interleaved: what a cold build's threads share between them, without the
 * threads, the hand-over or the assembly. Each round runs probes/analyze.mjs once per side, each
 * in a fresh process. Both checkouts' core must be built; BEFORE is the older one's root.
 *
 *   node bench/analysis-side-by-side.mjs BEFORE [--notes 1000] [--rounds 3] [--core NAME=DIST]…
 *
 * `--core NAME=DIST` adds a side with another built `packages/core/dist`. Prints a Markdown table
 * (medians of CPU and wall, each ÷ before's) and whether every side's analyses are the same
 * (a sha1 of all of them as JSON).
 */
import { loadavg } from "node:os"
import { runProbe } from "./lib/child.mjs"
import { coreSides } from "./lib/core-sides.mjs"
import { summarize } from "./lib/stats.mjs"

const { notes, rounds, sides, corpus } = coreSides({ notes: 1000, rounds: 3 })
const loads = [loadavg()[0]]
console.log(`corpus ${notes} notes, ${rounds} rounds; load at start ${loads[0].toFixed(1)}`)
const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]))
for (let round = 0; round < rounds; round++) {
  for (const [side, dist] of Object.entries(sides))
    samples[side].push(await runProbe("analyze.mjs", [corpus, dist], { timeoutMs: 1_200_000 }))
  loads.push(loadavg()[0])
}
const median = (side, key) => summarize(samples[side].map((s) => s[key])).median
const base = { cpu: median("before", "cpuMs"), wall: median("before", "wallMs") }
const s = (ms) => `${(ms / 1000).toFixed(2)} s`
const range = (side, key) => {
  const values = samples[side].map((x) => x[key])
  return `${s(Math.min(...values))}–${s(Math.max(...values))}`
}
console.log(
  "\n| side | CPU (median, min–max) | wall (median, min–max) | CPU ÷ before | wall ÷ before |\n| --- | --- | --- | --- | --- |",
)
for (const side of Object.keys(sides)) {
  const cpu = median(side, "cpuMs")
  const wall = median(side, "wallMs")
  console.log(
    `| ${side} | ${s(cpu)} (${range(side, "cpuMs")}) | ${s(wall)} (${range(side, "wallMs")}) | ${(cpu / base.cpu).toFixed(3)} | ${(wall / base.wall).toFixed(3)} |`,
  )
}
const hashes = new Set(Object.values(samples).flatMap((list) => list.map((x) => x.sha1)))
console.log(
  `\nanalyses: ${hashes.size === 1 ? "the same on every side" : "DIFFER"} (sha1 ${[...hashes].join(", ")}); load ${loads.map((l) => l.toFixed(1)).join(" → ")}`,
)
if (hashes.size !== 1) process.exitCode = 1
