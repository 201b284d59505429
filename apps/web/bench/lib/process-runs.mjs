// Shared by the site benches (prepare-rebuild.mjs, prepare-cold.mjs, build-step.mjs, …): a whole process timed
// (wall and CPU of the child, user + sys), data folders compared byte for byte, medians.
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { APP_DIR } from "../../scripts/lib/data-dir.mjs"

const childCpu = () => {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ")
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/**
 * A prepare bench's setting from its command line (`[NOTES=1000] [ROUNDS=3] [--before=DIR]`):
 * the sides (this checkout, and DIR when given), a generated corpus in a new scratch folder, and
 * each side's own data folder, caches, CLI output and CLI binary in that scratch folder, so
 * nothing is written inside DIR.
 */
export function benchSetup(scratchPrefix, argv = process.argv.slice(2)) {
  const args = argv.filter((arg) => !arg.startsWith("--"))
  const beforeArg = argv.find((arg) => arg.startsWith("--before="))
  const notes = Number(args[0] ?? 1000)
  const rounds = Number(args[1] ?? 3)
  const sides = [
    { name: "after", app: APP_DIR },
    ...(beforeArg ? [{ name: "before", app: resolve(beforeArg.slice("--before=".length)) }] : []),
  ]
  const bareProbe = join(APP_DIR, "../../bench/probes/build.mjs")
  if (!existsSync(bareProbe)) throw new Error(`${bareProbe} not found`)
  const scratch = mkdtempSync(join(tmpdir(), scratchPrefix))
  const corpus = join(scratch, "notes")
  generateCorpus(corpus, notes)
  for (const [i, side] of sides.entries()) {
    side.data = join(scratch, `data-${i}`)
    side.cache = join(scratch, `cache-${i}`)
    side.cliCache = join(scratch, `cli-cache-${i}`)
    side.cliOut = join(scratch, `cli-out-${i}`)
    side.cli = join(side.app, "../tui/bin/kube-notes.mjs")
  }
  return { notes, rounds, sides, bareProbe, scratch, corpus }
}

/**
 * The command line of a bench that runs this checkout against another
 * (`[NOTES=1000] [ROUNDS] --before=DIR`), and a new scratch folder holding the generated corpus.
 */
export function againstBefore(name, defaultRounds) {
  const beforeArg = process.argv.find((arg) => arg.startsWith("--before="))
  if (!beforeArg)
    throw new Error(`usage: node bench/${name}.mjs [NOTES=1000] [ROUNDS=${defaultRounds}] --before=DIR`)
  const [notes = 1000, rounds = defaultRounds] = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith("--"))
    .map(Number)
  const scratch = mkdtempSync(join(tmpdir(), `kube-notes-${name}-`))
  const corpus = join(scratch, "notes")
  generateCorpus(corpus, notes)
  return { before: resolve(beforeArg.slice("--before=".length)), notes, rounds, scratch, corpus }
}

/**
 * The two sides of a build-step bench: this checkout and `before`, each building the corpus
 * into the data folder `data` (relative to its app) and its own export and caches in `scratch`.
 * `full`: every note's HTML rendered and no kept Next export read (KUBE_NOTES_WEB_FULL).
 */
export function buildStepSides({ before, scratch, corpus, data, full }) {
  return [
    { name: "this", app: APP_DIR },
    { name: "before", app: before },
  ].map((side, i) => ({
    ...side,
    env: {
      ...process.env,
      KUBE_NOTES_CONTENT: corpus,
      KUBE_NOTES_WEB_DATA: data,
      KUBE_NOTES_WEB_OUT: join(scratch, `out-${i}`),
      ...(full ? { KUBE_NOTES_WEB_FULL: "1" } : {}),
      XDG_CACHE_HOME: join(scratch, `cache-${i}`),
      BASE_PATH: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    runs: [],
  }))
}

/** Writes `notes` generated notes (bench/gen-corpus.mjs, the repository's copy of ../shared/bench/gen-corpus.mjs; its default seed) into `dir`. */
export function generateCorpus(dir, notes) {
  const generator = join(APP_DIR, "../../bench/gen-corpus.mjs")
  if (!existsSync(generator)) throw new Error(`${generator} not found`)
  spawnSync(process.execPath, [generator, dir, String(notes)], { stdio: "ignore" })
}

/** Every Markdown file under `dir`, in name order: the notes a bench edits one of per round. */
export function markdownFiles(dir) {
  const found = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) found.push(...markdownFiles(join(dir, entry.name)))
    else if (entry.name.endsWith(".md")) found.push(join(dir, entry.name))
  }
  return found
}

/** One whole process: wall and CPU seconds. Exit 1 is a build that reported diagnostics. */
export function run(argv, { cwd, env = {} }) {
  const cpu = childCpu()
  const started = performance.now()
  const result = spawnSync(process.execPath, argv, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BASE_PATH: "", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  })
  const wall = (performance.now() - started) / 1000
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`${argv.join(" ")} failed`)
  }
  return { wall, cpu: childCpu() - cpu }
}

/** Every file under a folder as bytes by relative path, less what only says when or is a cache. */
function folderFiles(dir, skip = []) {
  const files = new Map()
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      const name = relative(dir, path)
      if (skip.includes(name)) continue
      if (entry.isDirectory()) walk(path)
      else if (name === "first-screen.json")
        files.set(name, JSON.stringify({ ...JSON.parse(readFileSync(path, "utf8")), graphMtimeMs: 0 }))
      else files.set(name, readFileSync(path).toString("base64"))
    }
  }
  walk(dir)
  return files
}

/** The data folder's files the site reads (not the caches kept for the next prepare). */
const DATA_SKIP = [
  "search-terms.cache.json",
  "graph-layout.cache.json",
  "study-deck.cache.json",
  "next-input",
]

/**
 * Throws unless both folders hold the same files (the site's data, not its caches, nor the files
 * named in `skip`); returns their count.
 */
export function sameFolders(a, b, what, skip = []) {
  const [x, y] = [folderFiles(a, [...DATA_SKIP, ...skip]), folderFiles(b, [...DATA_SKIP, ...skip])]
  const differ = [...new Set([...x.keys(), ...y.keys()])].filter((name) => x.get(name) !== y.get(name))
  if (differ.length > 0)
    throw new Error(`${what}: ${differ.length} files differ: ${differ.slice(0, 5).join(", ")}`)
  return x.size
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median, and (min–max) when there are several. */
export const describe = (values) =>
  `${median(values).toFixed(2)} s${values.length > 1 ? ` (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})` : ""}`

/**
 * Prints the samples ({ label, wall, cpu }) as a Markdown table of medians (min–max), each also
 * as a ratio of the bare parse's median measured in the same run.
 */
export function printTable(title, samples, loads) {
  const of = (label) => samples.filter((s) => s.label === label)
  const bare = of("bare parse (1 thread)")
  const bareWall = median(bare.map((s) => s.wall))
  const bareCpu = median(bare.map((s) => s.cpu))
  console.log(`${title}; median (min–max)`)
  console.log(`load average (1 min) at each round's start: ${loads.map((l) => l.toFixed(1)).join(", ")}`)
  console.log("| measure | wall | CPU (user+sys) | ÷ bare parse (wall) | ÷ bare parse (CPU) |")
  console.log("| --- | --- | --- | --- | --- |")
  for (const label of [...new Set(samples.map((s) => s.label))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const list = of(label)
    const wall = list.map((s) => s.wall)
    const cpu = list.map((s) => s.cpu)
    console.log(
      `| ${label} | ${describe(wall)} | ${describe(cpu)} | ${(median(wall) / bareWall).toFixed(2)}× | ${(median(cpu) / bareCpu).toFixed(2)}× |`,
    )
  }
}
