#!/usr/bin/env node
/**
 * Before/after of two checkouts in one run, rounds interleaved, against the bare parse of the
 * same files (the floor): `kube-notes build --no-cache` and a warm `kube-notes build` of an
 * unchanged folder as whole processes, graph.json's size, and the update path at the end.
 * Both checkouts must be built (`pnpm build`); BEFORE is the older one's root folder.
 *
 *   node bench/side-by-side.mjs BEFORE [--notes 1000] [--rounds 3] [--updates 3]
 *
 * Prints a Markdown table: medians (min–max), CPU, peak RSS, and each median ÷ the bare parse's;
 * and, paired, each round's wall ÷ the same round's bare parse as a whole process (median,
 * min–max): the machine's speed drifts by ±20% over minutes, and a ratio of two runs made
 * seconds apart carries less of that drift than a ratio of two medians.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { runCommand, runProbe } from "./lib/child.mjs"
import { benchCorpus, loadAverages } from "./lib/core-sides.mjs"
import { summarize } from "./lib/stats.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const after = dirname(here)
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: "string" }, rounds: { type: "string" }, updates: { type: "string" } },
})
const before = resolve(positionals[0] ?? "")
const notes = Number(values.notes ?? 1000)
const rounds = Number(values.rounds ?? 3)
const updates = Number(values.updates ?? 3)
const corpus = benchCorpus(notes)
const load = loadAverages
console.log(`corpus ${notes} notes, ${rounds} rounds; load at start ${load()}`)

const WHOLE_BARE = "bare parse as a whole process (the same parse, node start and imports included)"
const sides = { before, after }
const samples = {}
const add = (name, sample) => {
  samples[name] ??= []
  samples[name].push(sample)
}
const outs = {}
const caches = {}
for (const [side, root] of Object.entries(sides)) {
  outs[side] = mkdtempSync(join(tmpdir(), `kn-sbs-out-${side}-`))
  caches[side] = mkdtempSync(join(tmpdir(), `kn-sbs-xdg-${side}-`))
  // One unmeasured build fills the analysis cache and the saved graph: the warm rounds are warm.
  await cli(root, side, ["build", "--content", corpus, "--out", outs[side]])
}
const loads = []
for (let round = 0; round < rounds; round++) {
  loads.push(loadavg()[0])
  add(
    "bare parse (unified + remark-parse + remark-gfm, 1 thread)",
    await runProbe("build.mjs", ["bare", corpus]),
  )
  add(WHOLE_BARE, await bareProcess())
  for (const [side, root] of Object.entries(sides)) {
    add(
      `${side}: kube-notes build --no-cache`,
      await cli(root, side, ["build", "--content", corpus, "--out", outs[side], "--no-cache"]),
    )
    add(
      `${side}: kube-notes build (warm, unchanged folder)`,
      await cli(root, side, ["build", "--content", corpus, "--out", outs[side]]),
    )
  }
}
const median = (name, key) => summarize(samples[name].map((s) => s[key])).median
const bareSamples = samples[Object.keys(samples)[0]]
const bare = summarize(bareSamples.map((s) => s.wallMs)).median
const bareCpu = summarize(bareSamples.map((s) => s.cpuMs)).median
const bareWhole = median(WHOLE_BARE, "wallMs")
const bareWholeRounds = samples[WHOLE_BARE].map((s) => s.wallMs)
/** Each round's wall ÷ that round's bare parse as a whole process: median (min–max). */
const paired = (list) => {
  const ratios = summarize(list.map((s, round) => s.wallMs / bareWholeRounds[round]))
  return `${ratios.median.toFixed(2)}× (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)}×)`
}
const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`)
console.log(
  `\n| measure | wall (median, min–max) | CPU | peak RSS | ÷ bare parse (wall) | ÷ bare parse (CPU) | ÷ bare parse as a whole process (wall) | each round ÷ its bare parse as a whole process (median, min–max) |\n| --- | --- | --- | --- | --- | --- | --- | --- |`,
)
for (const [name, list] of Object.entries(samples)) {
  const wall = summarize(list.map((s) => s.wallMs))
  const cpu = summarize(list.map((s) => s.cpuMs)).median
  const rss = Math.max(...list.map((s) => s.maxRssMB ?? 0))
  console.log(
    `| ${name} | ${ms(wall.median)} (${ms(wall.min)}–${ms(wall.max)}, ${wall.runs} runs) | ${ms(cpu)} | ${rss.toFixed(0)} MB | ${(wall.median / bare).toFixed(2)}× | ${(cpu / bareCpu).toFixed(2)}× | ${(wall.median / bareWhole).toFixed(2)}× | ${paired(list)} |`,
  )
}
for (const side of Object.keys(sides)) console.log(`${side}: output ${describeOut(outs[side])}`)
console.log(
  `load average during the rounds: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
)

if (updates > 0) {
  console.log(
    `\n| update (builder.update, ${notes} notes) | before (median, min–max) | after |\n| --- | --- | --- |`,
  )
  const results = {}
  for (const [side, root] of Object.entries(sides)) {
    const probe = join(root, "bench/probes/update.mjs")
    const cache = mkdtempSync(join(tmpdir(), "kn-sbs-update-"))
    const { stdout, code, stderr } = await runCommand([probe, corpus, cache, String(updates)], {
      timeoutMs: 1_200_000,
    })
    if (code !== 0) throw new Error(`${side} update probe failed: ${stderr.slice(-600)}`)
    results[side] = JSON.parse(stdout.trim().split("\n").at(-1))
    rmSync(cache, { recursive: true, force: true })
  }
  for (const name of Object.keys(results.after.results)) {
    const cell = (side) => {
      const s = summarize(results[side].results[name] ?? [])
      return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}, ${s.runs} runs)`
    }
    console.log(`| ${name} | ${cell("before")} | ${cell("after")} |`)
  }
  console.log(
    `| peak RSS of the update process | ${results.before.maxRssMB.toFixed(0)} MB | ${results.after.maxRssMB.toFixed(0)} MB |`,
  )
}
for (const dir of [...Object.values(outs), ...Object.values(caches)])
  rmSync(dir, { recursive: true, force: true })

/**
 * The bare parse timed as `kube-notes build` is, from outside the process (node start and
 * imports included): issue 12 measured both sides as whole processes.
 */
async function bareProcess() {
  const result = await runCommand([join(here, "probes/bare-parse.mjs"), corpus])
  if (result.code !== 0) throw new Error(`bare parse process: ${result.stderr.slice(-600)}`)
  const parsed = JSON.parse(result.stdout.trim().split("\n").at(-1)).notes
  if (parsed !== notes) throw new Error(`bare parse process read ${parsed} notes, not ${notes}`)
  return result
}

async function cli(root, side, args) {
  const bin = join(root, "apps/tui/bin/kube-notes.mjs")
  const result = await runCommand([bin, ...args], {
    env: { XDG_CACHE_HOME: caches[side] },
    timeoutMs: 1_200_000,
  })
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`${side} ${args.join(" ")}: ${result.stderr.slice(-600)}`)
  return result
}

/** graph.json's size and the bodies folder's file count and size. */
function describeOut(out) {
  const graph = statSync(join(out, "graph.json")).size
  let count = 0
  let bytes = 0
  try {
    for (const name of readdirSync(join(out, "bodies"))) {
      count++
      bytes += statSync(join(out, "bodies", name)).size
    }
  } catch {
    // No bodies folder: schema 1 keeps the bodies in graph.json.
  }
  return `graph.json ${(graph / 1e6).toFixed(1)} MB${count ? `, bodies/ ${count} files ${(bytes / 1e6).toFixed(1)} MB` : ""}`
}
