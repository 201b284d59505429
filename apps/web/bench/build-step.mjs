// The site's build step alone (scripts/next-build.mjs after one prepare), this checkout against
// another, rounds interleaved A B B A …: where the site build's second half goes when `next build`
// runs. Each side prepares the same generated notes (../shared/bench/gen-corpus.mjs) once into a
// data folder of its own; then every round runs the build step with KUBE_NOTES_WEB_FULL=1 — every
// note's HTML rendered, `next build` run (no kept export, no kept shell read), as after a code
// change — and prints wall and CPU time (user + sys of every process) and the stdout lines Next and
// the script print about their phases. Next's compile cache (.next/cache) is kept, as always.
// With --kept-shell, every round copies Next's export kept for the side's code instead (the step a
// build from nothing of code built before runs: every note, term and command page rendered and
// filled outside Next, the pages the shell keeps filled); each side's first build, which runs
// `next build` to keep it, is not counted. What the pages rendered outside Next cost, alone.
//   node bench/build-step.mjs [NOTES=1000] [ROUNDS=2] --before=DIR [--kept-shell]   (DIR: the other checkout's apps/web, built)
import { readdirSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { againstBefore, buildStepSides } from "./lib/process-runs.mjs"
import { runStage } from "./lib/run-stage.mjs"

const { before, rounds, scratch, corpus } = againstBefore("build-step", 2)
const keptShell = process.argv.includes("--kept-shell")
const DATA = "dist/build-step-data"
const sides = buildStepSides({ before, scratch, corpus, data: DATA, full: !keptShell })
for (const side of sides) {
  rmSync(join(side.app, DATA), { recursive: true, force: true })
  runStage(["scripts/prepare-content.mjs"], { cwd: side.app, env: side.env })
}
/**
 * With --kept-shell: the data folder as a build from nothing leaves it after prepare — no note HTML,
 * page data, deck cache or record of a last build — so the step renders and writes every page.
 */
function asAfterPrepare(side) {
  const data = join(side.app, DATA)
  for (const name of readdirSync(data))
    if (
      /^(note-html|note-pages|study-deck\.cache\.json|last-next-build\.json|note-template\.plain\.html)$/.test(
        name,
      )
    )
      rmSync(join(data, name), { recursive: true, force: true })
  rmSync(side.env.KUBE_NOTES_WEB_OUT, { recursive: true, force: true })
}
if (keptShell)
  for (const side of sides) {
    // Keeps Next's export of this side's code (uncounted), if no earlier build kept it.
    asAfterPrepare(side)
    const run = runStage(["scripts/next-build.mjs"], { cwd: side.app, env: side.env })
    console.log(
      `${side.name.padEnd(6)} first build (keeps Next's export; not counted): wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s`,
    )
  }
const PHASES =
  /Compiled successfully|Generating static pages|rendered \d+ note pages|rendered \d+ term and command|next build skipped/
for (let round = 1; round <= rounds; round++) {
  for (const side of round % 2 === 1 ? sides : [...sides].reverse()) {
    if (keptShell) asAfterPrepare(side)
    const load = loadavg()[0]
    const run = runStage(["scripts/next-build.mjs"], { cwd: side.app, env: side.env })
    side.runs.push(run)
    const phases = run.stdout
      .split("\n")
      .filter((line) => PHASES.test(line))
      .map((line) => line.replace(/^\s*[✓@]\S*\s*/, "").trim())
    console.log(
      `round ${round} ${side.name.padEnd(6)} wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s (load ${load.toFixed(1)}): ${phases.join("; ")}`,
    )
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
for (const side of sides)
  console.log(
    `${side.name.padEnd(6)} build step, median of ${rounds}: wall ${median(side.runs.map((r) => r.wall)).toFixed(1)} s, CPU ${median(side.runs.map((r) => r.cpu)).toFixed(1)} s`,
  )
for (const side of sides) rmSync(join(side.app, DATA), { recursive: true, force: true })
rmSync(scratch, { recursive: true, force: true })
