// Site build benchmark, against the floor measured in the same run: generates a corpus
// (default 1,000 notes) with bench/gen-corpus.mjs (the repository's copy of ../shared/bench/gen-corpus.mjs), then in each round
//   1. the bare parse of the same files (unified + remark-parse + remark-gfm, one thread,
//      bench/probes/build.mjs at the repo root), as a whole process;
//   2. a site build from nothing: no data folder, no previous export, an empty graph cache and no
//      kept Next export (the shell cache, .cache/next-shell, is emptied: `next build` runs, as after
//      a code change) — Next's own compile cache, .next/cache, is kept as any second build finds it;
//   2b. on a side that keeps Next's export (scripts/lib/next-shell.mjs), a second build from
//      nothing with that shell cache warm (the same code built before: `next build` is skipped),
//      whose export must equal the first's, every file;
//   3. one note edited (a sentence appended), then the site rebuilt (prepare + next build);
// and reports medians (min–max) of wall and CPU time (user + sys of every process), each ÷ the
// bare parse, the load average, and what the export holds. A side whose `pnpm build` overlaps the
// two halves (scripts/build-site.mjs) is built by that script; its prepare and build-step rows are
// each half's own wall time (they overlap, so they add up to more than the whole), CPU "–". The rebuilt export is checked: the
// edited note's page shows the new sentence and the export has as many pages as the build's.
// With --verify, a full build of the edited corpus follows each rebuild and every HTML file of
// the two exports must be identical.
// With --before=DIR (the apps/web folder of another checkout, dependencies installed and its
// workspace packages built), that site is built and rebuilt too, in the same rounds, interleaved
// with this one (its build first in odd rounds, second in even ones), from the same notes, with
// its own graph cache, data folder and export: a before/after pair measured under the same load.
//   node bench/site-build.mjs [NOTES=1000] [ROUNDS=3] [--verify] [--before=DIR]
import { execFileSync } from "node:child_process"
import { appendFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { compareExports } from "./lib/compare-exports.mjs"
import { countPages, describeExport } from "./lib/export-report.mjs"
import { markdownFiles } from "./lib/process-runs.mjs"
import { runStage, sumStages } from "./lib/run-stage.mjs"

const args = process.argv.slice(2).filter((arg) => !arg.startsWith("--"))
const verify = process.argv.includes("--verify")
const beforeArg = process.argv.find((arg) => arg.startsWith("--before="))
const sides = [
  { name: "", app: APP_DIR },
  ...(beforeArg ? [{ name: "before: ", app: resolve(beforeArg.slice("--before=".length)) }] : []),
]
const notes = Number(args[0] ?? 1000)
const rounds = Number(args[1] ?? 3)
const generator = join(APP_DIR, "../../bench/gen-corpus.mjs")
const bareProbe = join(APP_DIR, "../../bench/probes/build.mjs")
for (const file of [generator, bareProbe]) if (!existsSync(file)) throw new Error(`${file} not found`)
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-site-bench-"))
const corpus = join(scratch, "notes")
execFileSync(process.execPath, [generator, corpus, String(notes)], { stdio: "ignore" })
const outName = "dist/bench"
const dataName = "dist/bench-data"
const out = join(APP_DIR, outName)
const env = {
  ...process.env,
  KUBE_NOTES_CONTENT: corpus,
  KUBE_NOTES_WEB_DATA: dataName,
  KUBE_NOTES_WEB_OUT: outName,
  KUBE_NOTES_WEB_FULL: "",
  BASE_PATH: "",
  NEXT_TELEMETRY_DISABLED: "1",
}
const options = (extra = {}, cwd = APP_DIR) => ({ cwd, env: { ...env, ...extra } })
/** The kept Next exports (scripts/lib/next-shell.mjs), relative to a side's apps/web. */
const SHELL_CACHE = ".cache/next-shell"
const keepsShell = (side) => existsSync(join(side.app, "scripts/lib/next-shell.mjs"))
/**
 * prepare + next build of one side's site, with each part kept: where a build's time goes. A side
 * with scripts/build-site.mjs (`pnpm build`: the halves overlapped) is built by it, as one process;
 * its parts' wall times are what it prints (their CPU is not told apart: NaN).
 */
const siteBuild = (extra, app = APP_DIR) => {
  if (existsSync(join(app, "scripts/build-site.mjs"))) {
    const whole = runStage(["scripts/build-site.mjs"], options(extra, app))
    const times = /prepare took (\d+) ms; the build step ran from (\d+) to (\d+) ms/.exec(whole.stdout)
    if (!times) throw new Error(`${app}: scripts/build-site.mjs did not say when its halves ran`)
    const [prepareEnded, buildStarted, buildEnded] = times.slice(1).map((ms) => Number(ms) / 1000)
    return {
      ...whole,
      prepare: { wall: prepareEnded, cpu: Number.NaN },
      next: { wall: buildEnded - buildStarted, cpu: Number.NaN },
    }
  }
  const prepare = runStage(["scripts/prepare-content.mjs"], options(extra, app))
  const next = runStage(["scripts/next-build.mjs"], options(extra, app))
  return { ...sumStages(prepare, next), prepare, next }
}

const markdown = markdownFiles(corpus)

const samples = []
for (let round = 1; round <= rounds; round++) {
  const load = loadavg()[0]
  const bare = runStage([bareProbe, "bare", corpus], options())
  // Alternate which side goes first, so neither always builds on a warmer (or busier) machine.
  const order = round % 2 === 1 ? sides : [...sides].reverse()
  const graphCache = (side) => join(scratch, `graph-cache-${round}-${sides.indexOf(side)}`)
  const results = new Map(sides.map((side) => [side, {}]))
  const pages = new Map()
  for (const side of order) {
    rmSync(join(side.app, outName), { recursive: true, force: true })
    rmSync(join(side.app, dataName), { recursive: true, force: true })
    rmSync(join(side.app, SHELL_CACHE), { recursive: true, force: true })
    results.get(side).build = siteBuild({ XDG_CACHE_HOME: graphCache(side) }, side.app)
    pages.set(side, countPages(join(side.app, outName)))
    if (!keepsShell(side)) continue
    // Again from nothing, Next's export kept: the export must be the one `next build` gave.
    const cold = join(side.app, `${outName}-cold`)
    rmSync(cold, { recursive: true, force: true })
    renameSync(join(side.app, outName), cold)
    rmSync(join(side.app, dataName), { recursive: true, force: true })
    results.get(side).warm = siteBuild({ XDG_CACHE_HOME: `${graphCache(side)}-warm` }, side.app)
    const differences = compareExports(join(side.app, outName), cold)
    if (differences.length > 0)
      throw new Error(
        `${side.name}the export built with the shell cache warm differs from the one next build made (${cold}): ${differences.slice(0, 5).join(", ")}`,
      )
    rmSync(cold, { recursive: true, force: true })
  }
  // A text edit in a note halfway through the corpus: one sentence appended.
  const edited = markdown[Math.floor((markdown.length * round) / (rounds + 1))]
  const sentence = `벤치마크 ${round}회차에 덧붙인 문장입니다.`
  appendFileSync(edited, `\n\n${sentence}\n`)
  const key = relative(corpus, edited).replace(/\.md$/, "").normalize("NFC")
  for (const side of order) {
    results.get(side).rebuild = siteBuild({ XDG_CACHE_HOME: graphCache(side) }, side.app)
    const sideOut = join(side.app, outName)
    const page = readFileSync(join(sideOut, "notes", ...key.split("/"), "index.html"), "utf8")
    if (!page.includes(sentence))
      throw new Error(`${side.name}the rebuilt page of ${key} lacks the edited sentence`)
    if (countPages(sideOut) !== pages.get(side))
      throw new Error(
        `${side.name}the rebuild emitted ${countPages(sideOut)} pages, the build ${pages.get(side)}`,
      )
  }
  const [ours] = sides
  const { build, rebuild } = results.get(ours)
  console.error(
    `  round ${round}/${rounds}: bare ${bare.wall.toFixed(1)} s, ` +
      sides
        .map(
          (side) =>
            `${side.name}build ${results.get(side).build.wall.toFixed(1)} s, ${results.get(side).warm ? `with Next's export kept ${results.get(side).warm.wall.toFixed(1)} s, ` : ""}rebuild ${results.get(side).rebuild.wall.toFixed(1)} s`,
        )
        .join("; ") +
      ` wall (load ${load.toFixed(1)})`,
  )
  if (verify) {
    const fullOut = `${outName}-full`
    const fullData = `${dataName}-full`
    siteBuild({
      XDG_CACHE_HOME: graphCache(ours),
      KUBE_NOTES_WEB_OUT: fullOut,
      KUBE_NOTES_WEB_DATA: fullData,
      KUBE_NOTES_WEB_FULL: "1",
    })
    const differences = compareExports(out, join(APP_DIR, fullOut))
    // Both exports are kept when they differ, to be compared by hand.
    if (differences.length > 0)
      throw new Error(
        `the rebuilt export (${outName}) differs from a full build (${fullOut}): ${differences.slice(0, 5).join(", ")}`,
      )
    for (const dir of [fullOut, fullData]) rmSync(join(APP_DIR, dir), { recursive: true, force: true })
    console.error(`  round ${round}: the rebuilt export equals a full build of the edited notes`)
  }
  samples.push({ load, bare, build, rebuild, sides: results, loadAfter: loadavg()[0] })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const describe = (values) => {
  if (values.some(Number.isNaN)) return "–"
  const range =
    values.length > 1 ? ` (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})` : ""
  return `${median(values).toFixed(1)} s${range}`
}
const bareWall = median(samples.map((s) => s.bare.wall))
const bareCpu = median(samples.map((s) => s.bare.cpu))
console.log(`site build, ${notes} generated notes, ${rounds} round(s), median (min–max)`)
console.log(
  `  load average (1 min) at each round's start / end: ${samples.map((s) => `${s.load.toFixed(1)} / ${s.loadAfter.toFixed(1)}`).join(", ")}`,
)
const rows = [["bare parse (1 thread)", (s) => s.bare]]
for (const side of sides) {
  const of = (s) => s.sides.get(side)
  rows.push(
    [`${side.name}site build`, (s) => of(s).build],
    ["  prepare (graph + data)", (s) => of(s).build.prepare],
    ["  next build + prune", (s) => of(s).build.next],
    ...(keepsShell(side)
      ? [
          [`${side.name}site build, Next's export kept`, (s) => of(s).warm],
          ["  prepare (graph + data)", (s) => of(s).warm.prepare],
          ["  shell copied + pages + prune", (s) => of(s).warm.next],
        ]
      : []),
    [`${side.name}site rebuild, 1 note edited`, (s) => of(s).rebuild],
    ["  prepare (graph + data)", (s) => of(s).rebuild.prepare],
    ["  next build + prune", (s) => of(s).rebuild.next],
  )
}
if (sides.length > 1) console.log(`  before: ${sides[1].app}`)
for (const [label, pick] of rows) {
  const wall = samples.map((s) => pick(s).wall)
  const cpu = samples.map((s) => pick(s).cpu)
  console.log(
    `  ${label.padEnd(36)} wall ${describe(wall)}, CPU ${describe(cpu)}; ÷ bare parse: ` +
      `${(median(wall) / bareWall).toFixed(2)}× wall, ${cpu.some(Number.isNaN) ? "–" : (median(cpu) / bareCpu).toFixed(2)}× CPU`,
  )
}
for (const side of sides) {
  if (sides.length > 1) console.log(side.name || "this checkout:")
  console.log(describeExport(join(side.app, outName)))
}
// Hundreds of megabytes of generated pages are not worth keeping.
for (const side of sides)
  for (const dir of [outName, dataName, SHELL_CACHE])
    rmSync(join(side.app, dir), { recursive: true, force: true })
rmSync(scratch, { recursive: true, force: true })
