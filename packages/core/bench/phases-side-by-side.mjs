#!/usr/bin/env node
/**
 * The cold build's CPU per phase in one thread — parse, extraction, assembly, graph.json's
 * encoding (phases-probe.mjs) — for BEFORE's built core and this checkout's, rounds
 * interleaved, each run a fresh process. Prints a Markdown table of medians (CPU, and wall)
 * and whether every side gave the same analyses and the same output (sha1s).
 *
 *   node packages/core/bench/phases-side-by-side.mjs BEFORE [--notes 1000] [--rounds 3] [--core NAME=DIST]…
 *
 * BEFORE is another checkout's root, built (`/tmp/ci19`); `--core NAME=DIST` adds a side with
 * another built `packages/core/dist`.
 */
import { execFileSync } from "node:child_process"
import { loadavg } from "node:os"
import { join } from "node:path"
import { coreSides } from "../../../bench/lib/core-sides.mjs"
import { summarize } from "../../../bench/lib/stats.mjs"

const PHASES = ["parse", "extraction", "assembly", "encoding"]
const { notes, rounds, sides, corpus } = coreSides({ notes: 1000, rounds: 3 })
const loads = [loadavg()[0]]
console.log(`corpus ${notes} notes, ${rounds} rounds; load at start ${loads[0].toFixed(1)}`)
const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]))
for (let round = 0; round < rounds; round++) {
  for (const [side, dist] of Object.entries(sides)) {
    const out = execFileSync(
      process.execPath,
      [join(import.meta.dirname, "phases-probe.mjs"), corpus, dist],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    )
    samples[side].push(JSON.parse(out.trim().split("\n").at(-1)))
  }
  loads.push(loadavg()[0])
}
const median = (side, phase, key) => summarize(samples[side].map((s) => s.phases[phase][key])).median
const s = (ms) => `${(ms / 1000).toFixed(2)} s`
console.log(
  `\n| side | ${PHASES.map((p) => `${p} CPU`).join(" | ")} | after the parse | ÷ before's | wall, after the parse |`,
)
console.log(`| --- |${" --- |".repeat(PHASES.length + 3)}`)
const overhead = (side, key) => PHASES.slice(1).reduce((sum, phase) => sum + median(side, phase, key), 0)
const base = overhead(Object.keys(sides)[0], "cpuMs")
for (const side of Object.keys(sides)) {
  const cells = PHASES.map((phase) => s(median(side, phase, "cpuMs")))
  const cpu = overhead(side, "cpuMs")
  console.log(
    `| ${side} | ${cells.join(" | ")} | ${s(cpu)} | ${(cpu / base).toFixed(3)} | ${s(overhead(side, "wallMs"))} |`,
  )
}
const same = (key) => new Set(Object.values(samples).flatMap((list) => list.map((x) => x[key])))
const analyses = same("analysesSha1")
const output = same("outputSha1")
console.log(
  `\nanalyses: ${analyses.size === 1 ? "the same" : "DIFFER"} (${[...analyses].join(", ")}); graph.json and bodies: ${output.size === 1 ? "the same" : "DIFFER"} (${[...output].join(", ")}); load ${loads.map((l) => l.toFixed(1)).join(" → ")}`,
)
if (analyses.size !== 1 || output.size !== 1) process.exitCode = 1
