#!/usr/bin/env node
/**
 * pnpm bench, core part: generate (or reuse) the corpora, measure the graph build against
 * reading and bare-parsing the same files, the update path and the kube-notes command, then
 * write docs/benchmarks.md (## Core) and docs/benchmarks.json (core) and print the tables.
 *
 *   node bench/run.mjs [--quick] [--sizes 1000,5000] [--rounds N]
 *
 * --quick: 1,000 notes only, 2 rounds (a smoke run; it still writes the docs).
 * --render-only: rewrite the section from docs/benchmarks.json and bench/notes.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { measureBuilds } from "./lib/build-bench.mjs"
import { findCli, measureCli } from "./lib/cli.mjs"
import { ensureCorpus } from "./lib/corpus.mjs"
import { HEADER } from "./lib/header.mjs"
import { describeMachine } from "./lib/machine.mjs"
import { evaluateTargets, renderCore } from "./lib/report.mjs"
import { measureUpdates } from "./lib/update-bench.mjs"
import { writeHeader, writeSection } from "./write-section.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = dirname(here)
const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    rounds: { type: "string" },
    "render-only": { type: "boolean", default: false },
  },
})
const sizes = (flags.sizes ?? (flags.quick ? "1000" : "1000,5000")).split(",").map(Number)
/** Rounds per size: three, with the slow single-thread and cache-writing builds once at 5,000 notes. */
const roundsFor = () => Number(flags.rounds ?? (flags.quick ? 2 : 3))
const SEED = 42
const cacheRoot = join(repoRoot, "node_modules/.cache/kube-notes-bench")
const log = (line) => console.log(line)
const startedAt = performance.now()

if (flags["render-only"]) {
  // Re-renders the section from docs/benchmarks.json and bench/notes.md, measuring nothing.
  const saved = JSON.parse(readFileSync(join(repoRoot, "docs/benchmarks.json"), "utf8")).core
  const notesText = existsSync(join(here, "notes.md"))
    ? readFileSync(join(here, "notes.md"), "utf8").trim()
    : ""
  const section = renderCore({ ...saved, notes: notesText }, saved.targets)
  writeSection(join(repoRoot, "docs/benchmarks.md"), "## Core", section)
  log(section)
  process.exit(0)
}

const machine = describeMachine()
log(
  `kube-notes bench (core): ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(" ")}`,
)
if (!existsSync(join(repoRoot, "packages/core/dist/index.js")))
  throw new Error("packages/core is not built: run `pnpm build` (or `pnpm -F @kube-notes/core build`) first.")

const results = {
  machine,
  command: `pnpm bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  builds: {},
  updates: {},
  cli: { available: false, reason: "" },
}
const corpora = {}
for (const notes of sizes) {
  const corpus = ensureCorpus({ cacheRoot, generator: join(here, "gen-corpus.mjs"), notes, seed: SEED })
  corpora[notes] = corpus.dir
  log(`corpus ${notes} notes: ${corpus.generated ? "generated" : "reused"} ${corpus.dir}`)
}

for (const notes of sizes) {
  const cacheDir = join(cacheRoot, `analysis-cache-${notes}`)
  mkdirSync(cacheDir, { recursive: true })
  log(`graph build, ${notes} notes, ${roundsFor(notes)} rounds`)
  const onceModes = notes >= 5000 ? ["single", "prime"] : ["prime"]
  results.builds[notes] = await measureBuilds({
    dir: corpora[notes],
    cacheDir,
    rounds: roundsFor(notes),
    onceModes,
    log,
  })
  log(`updates, ${notes} notes`)
  results.updates[notes] = await measureUpdates({ dir: corpora[notes], cacheDir, repeats: 9 })
}

const bin = findCli(repoRoot)
if (bin) {
  results.cli = { available: true, sizes: {} }
  for (const notes of sizes) {
    log(`kube-notes command, ${notes} notes`)
    results.cli.sizes[notes] = await measureCli(bin, corpora[notes], notes >= 5000 ? 1 : 3)
  }
} else
  results.cli.reason =
    "apps/tui/bin/kube-notes.mjs or its compiled dist/ is not there yet (build @kube-notes/tui)."

const notesFile = join(here, "notes.md")
results.notes = existsSync(notesFile) ? readFileSync(notesFile, "utf8").trim() : ""
results.durationS = Math.round((performance.now() - startedAt) / 1000)
const targets = evaluateTargets(results)
const section = renderCore(results, targets)

const docs = join(repoRoot, "docs")
mkdirSync(docs, { recursive: true })
const markdown = join(docs, "benchmarks.md")
if (!existsSync(markdown) || !readFileSync(markdown, "utf8").startsWith("# Benchmarks"))
  writeHeader(markdown, HEADER)
writeSection(markdown, "## Core", section)
const jsonFile = join(docs, "benchmarks.json")
const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, "utf8")) : {}
const { notes: _prose, ...data } = results
writeFileSync(jsonFile, `${JSON.stringify({ ...previous, core: { ...data, targets } }, null, 2)}\n`)

log(`\n## Core (${results.durationS} s)\n\n${section}\n`)
