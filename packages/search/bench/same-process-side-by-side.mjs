#!/usr/bin/env node
/**
 * Search latency with the graph in the same process, before and after a change, in one run
 * with rounds interleaved: same-process.mjs (core builds the graph from a warm analysis cache
 * and the engine queries it while whatever the build returned stays alive) for an older built
 * checkout and for this one, in turn, on the same corpus and cache.
 *
 *   node packages/search/bench/same-process-side-by-side.mjs BEFORE [--notes 5000] [--rounds 2] [--corpus DIR]
 *
 * BEFORE: the root of an older checkout with core and search built. The corpus is the root
 * bench's generated one (bench/gen-corpus.mjs, seed 42) unless --corpus names a folder.
 * Prints a Markdown table: p50 / p95 / max of each round, CPU time and GC pauses of the query
 * phase, the heap, and the load average.
 */
import { execFile } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import { loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { ensureCorpus } from "../../../bench/lib/corpus.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, "../../..")
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: "string" }, rounds: { type: "string" }, corpus: { type: "string" } },
})
const before = resolve(positionals[0] ?? "")
for (const checkout of [before, root])
  for (const entry of ["packages/core/dist/index.js", "packages/search/dist/index.js"])
    if (!existsSync(join(checkout, entry))) throw new Error(`No ${entry} in ${checkout}: build it first.`)
const notes = Number(values.notes ?? 5000)
const rounds = Number(values.rounds ?? 2)
const cacheRoot = join(root, "node_modules/.cache/kube-notes-bench")
const corpus =
  values.corpus === undefined
    ? ensureCorpus({ cacheRoot, generator: join(root, "bench/gen-corpus.mjs"), notes, seed: 42 }).dir
    : resolve(values.corpus)
const cache = join(cacheRoot, `analysis-cache-${notes}`)
mkdirSync(cache, { recursive: true })
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" / ")

const run = (checkout) =>
  new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--expose-gc", join(here, "same-process.mjs"), checkout, corpus, cache],
      { maxBuffer: 1 << 24, timeout: 1_800_000 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${checkout}: ${error.message}\n${stderr.slice(-800)}`))
        else done(JSON.parse(stdout.trim().split("\n").at(-1)))
      },
    )
  })

const sides = { before, after: root }
const rows = []
const loads = [load()]
for (let round = 1; round <= rounds; round++)
  for (const [side, checkout] of Object.entries(sides)) {
    console.error(`round ${round}/${rounds}, ${side} (load ${load()})`)
    rows.push({ side, round, ...(await run(checkout)) })
  }
loads.push(load())

const ms = (n) => n.toFixed(2)
console.log(
  `\nSearch with the graph in the same process, ${notes} notes, ${rounds} rounds interleaved; load average (1/5/15 min) ${loads.join(" → ")}\n`,
)
console.log("| side | round | p50 | p95 | max | query CPU | GC pauses (count, total) | heap used |")
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |")
for (const row of rows)
  console.log(
    `| ${row.side} | ${row.round} | ${ms(row.p50)} ms | ${ms(row.p95)} ms | ${ms(row.max)} ms | ${row.queryCpuMs.toFixed(0)} ms | ${row.gcPauses}, ${row.gcMs.toFixed(0)} ms | ${row.heapUsedMB.toFixed(0)} MB |`,
  )
