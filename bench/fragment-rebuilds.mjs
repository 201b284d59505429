#!/usr/bin/env node
/**
 * What building fragments while the analyses still come in would cost: the notes are given to
 * one builder in STEPS batches, in the order the worker pool hands them out (the folder's
 * order), each batch an update (`builder.update`, whose fragment checks are
 * pipeline/fragment-deps.ts's); every fragment built before the last batch that a later batch
 * makes the builder build again is a rebuild. Prints, per step count, the fragments built in
 * all (1 per note = no rebuild), the rebuilds, and the assembly's CPU: in one assembly of every
 * note, in all the batches together, and in the last batch alone (what would be left after the
 * parse). Analyses are made first and served from memory, so only the assembly is timed; the
 * builder keeps its trees (as an update builder does), and each batch's assembly also joins the
 * whole graph, so "all batches" is an upper bound of that design's extra work.
 *
 *   node bench/fragment-rebuilds.mjs [--notes 1000 | --dir FOLDER] [--steps 4,10,20] [--rounds 2]
 *
 * Uses this checkout's packages/core/dist (build it first).
 */
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { benchCorpus, loadAverages } from "./lib/core-sides.mjs"

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)))
const { analyzeNote, createGraphBuilder, hashFile, readContentDir } = await import(
  join(repoRoot, "packages/core/dist/index.js")
)
const { values } = parseArgs({
  options: {
    notes: { type: "string" },
    dir: { type: "string" },
    steps: { type: "string" },
    rounds: { type: "string" },
  },
})
const dir = values.dir ? resolve(values.dir) : benchCorpus(Number(values.notes ?? 1000))
const stepCounts = (values.steps ?? "4,10,20").split(",").map(Number)
const rounds = Number(values.rounds ?? 2)

const source = await readContentDir(dir)
const notes = source.notes.map((file) => ({ ...file, path: file.path.normalize("NFC") }))
const analyses = new Map(notes.map((file) => [hashFile(file), analyzeNote(file)]))
const cache = { get: (hash) => analyses.get(hash), set: () => {} }
console.log(`${values.dir ?? `generated corpus`}: ${notes.length} notes; load at start ${loadAverages()}`)

const awaitCpu = async (run) => {
  const before = process.cpuUsage()
  await run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

/** The fragment objects a builder holds, by note path (snapshot() hands them out as they are). */
const fragmentsOf = (builder) =>
  new Map(builder.snapshot().entries.map((entry) => [entry.path, entry.fragment?.value]))

const once = []
for (let round = 0; round < rounds; round++) {
  const builder = createGraphBuilder({ cache })
  once.push(await awaitCpu(() => builder.build({ ...source, notes })))
}
console.log(`\none assembly of every note: ${median(once).toFixed(0)} ms CPU (median of ${rounds})\n`)
console.log(
  "| batches | fragments built | of them rebuilt | rebuilt, by batch | CPU, all batches | CPU, last batch |",
)
console.log("| --- | --- | --- | --- | --- | --- |")
for (const steps of stepCounts) {
  const totals = []
  const lasts = []
  let built = 0
  let rebuilt = 0
  let byBatch = []
  for (let round = 0; round < rounds; round++) {
    const builder = createGraphBuilder({ cache })
    const size = Math.ceil(notes.length / steps)
    let total = 0
    let last = 0
    let known = new Map()
    built = 0
    rebuilt = 0
    byBatch = []
    for (let step = 0; step * size < notes.length; step++) {
      const batch = notes.slice(step * size, (step + 1) * size)
      const run = () =>
        step === 0 ? builder.build({ ...source, notes: batch }) : builder.update({ changed: batch })
      const ms = await awaitCpu(run)
      total += ms
      last = ms
      // Counted outside the timing: snapshot() encodes every fragment's bodies.
      const now = fragmentsOf(builder)
      let again = 0
      for (const [path, fragment] of now) {
        const before = known.get(path)
        if (fragment === before) continue
        built++
        if (before) again++
      }
      rebuilt += again
      byBatch.push(again)
      known = now
    }
    totals.push(total)
    lasts.push(last)
  }
  console.log(
    `| ${steps} | ${built} | ${rebuilt} (${((100 * rebuilt) / notes.length).toFixed(1)}% of the notes) | ${byBatch.join(" ")} | ${median(totals).toFixed(0)} ms | ${median(lasts).toFixed(0)} ms |`,
  )
}
console.log(`\nload at end ${loadAverages()}`)
