#!/usr/bin/env node
/**
 * The update path before and after a change, in one run with rounds interleaved: the same
 * probe (bench/probes/update.mjs), corpus and warm analysis cache, run once against an older
 * build of the core and once against this checkout's, in turn.
 *
 *   node bench/update-side-by-side.mjs BEFORE [--notes 5000] [--rounds 2] [--updates 3]
 *
 * BEFORE: the older core's built entry (…/packages/core/dist/index.js) or the root of an
 * older checkout that has been built. Prints a Markdown table of CPU time (user + system, the
 * steadier figure on a shared machine) and wall time per kind of update — medians over every
 * update of every round, min–max — and each side's peak RSS, with the load average.
 */
import { existsSync, mkdirSync } from "node:fs"
import { loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { runProbe } from "./lib/child.mjs"
import { ensureCorpus } from "./lib/corpus.mjs"
import { summarize } from "./lib/stats.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const root = dirname(here)
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: "string" }, rounds: { type: "string" }, updates: { type: "string" } },
})
const given = resolve(positionals[0] ?? "")
const beforeEntry = given.endsWith(".js") ? given : join(given, "packages/core/dist/index.js")
if (!existsSync(beforeEntry))
  throw new Error(`No built core at ${beforeEntry}: build the older checkout first.`)
const notes = Number(values.notes ?? 5000)
const rounds = Number(values.rounds ?? 2)
const updates = Number(values.updates ?? 3)
const cacheRoot = join(root, "node_modules/.cache/kube-notes-bench")
const corpus = ensureCorpus({ cacheRoot, generator: join(here, "gen-corpus.mjs"), notes, seed: 42 }).dir
const cacheDir = join(cacheRoot, `analysis-cache-${notes}`)
mkdirSync(cacheDir, { recursive: true })
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")

const sides = { before: { KUBE_NOTES_CORE: beforeEntry }, after: {} }
const runs = { before: [], after: [] }
const loads = [load()]
for (let round = 0; round < rounds; round++)
  for (const [side, env] of Object.entries(sides)) {
    console.error(`round ${round + 1}/${rounds}, ${side} (load ${load()})`)
    runs[side].push(await runProbe("update.mjs", [corpus, cacheDir, updates], { timeoutMs: 1_800_000, env }))
  }
loads.push(load())

const figure = (values) => {
  const s = summarize(values)
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
}
const pooled = (side, field, name) => runs[side].flatMap((run) => run[field][name] ?? [])
console.log(
  `\nUpdates at ${notes} notes, ${rounds} rounds × ${updates} updates interleaved; load average (1/5/15 min) ${loads.join(" → ")}\n`,
)
console.log("| change | before: CPU | after: CPU | before: wall | after: wall |")
console.log("| --- | --- | --- | --- | --- |")
for (const name of Object.keys(runs.after[0].cpuTimes))
  console.log(
    `| ${name} | ${figure(pooled("before", "cpuTimes", name))} | ${figure(pooled("after", "cpuTimes", name))} | ${figure(pooled("before", "results", name))} | ${figure(pooled("after", "results", name))} |`,
  )
const rss = (side) => Math.max(...runs[side].map((run) => run.maxRssMB)).toFixed(0)
console.log(
  `| peak RSS of the update process (highest round) | ${rss("before")} MB | ${rss("after")} MB | | |`,
)
