// What `next build` itself costs, this checkout against another, rounds interleaved A B B A …
// Each side prepares the same generated notes (../shared/bench/gen-corpus.mjs) once into a data
// folder of its own and runs its build step once (scripts/next-build.mjs, KUBE_NOTES_WEB_FULL=1),
// which writes Next's input folder (scripts/lib/next-input.mjs) and leaves that side's Turbopack
// cache (.next/cache) as a build of this input does. Then every round runs `next build` alone, the
// way scripts/next-build.mjs runs it (the same environment and staging folder), and prints its wall
// and CPU time (user + sys of `next build` and of every worker it starts) and the phases of Next's
// own trace (.next/trace): the compile, collecting page data (the static check), static generation.
// Both sides get the same build id, so their exports are compared byte for byte as Next wrote them.
//   node bench/next-cost.mjs [NOTES=1000] [ROUNDS=3] --before=DIR   (DIR: the other checkout's apps/web, built)
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { EXPORT_STAGING } from "../scripts/lib/data-dir.mjs"
import { compareExports } from "./lib/compare-exports.mjs"
import { againstBefore, buildStepSides } from "./lib/process-runs.mjs"
import { runStage } from "./lib/run-stage.mjs"

const { before, rounds, scratch, corpus } = againstBefore("next-cost", 3)
const DATA = "dist/next-cost-data"
const sides = buildStepSides({ before, scratch, corpus, data: DATA, full: true })

/** `next build` as scripts/next-build.mjs's nextBuild runs it, one build id for both sides. */
const nextEnv = (side) => ({
  ...side.env,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" "),
  KUBE_NOTES_EXPORT_STAGING: "1",
  KUBE_NOTES_WEB_DATA: `${DATA}/next-input`,
  KUBE_NOTES_BUILD_ID: "next-cost-bench",
})

/** Seconds of the spans of Next's trace that say where a build's time goes. */
function tracePhases(app) {
  const events = readFileSync(join(app, ".next/trace"), "utf8")
    .trim()
    .split("\n")
    .flatMap((line) => JSON.parse(line))
  const span = (name) => events.filter((e) => e.name === name).reduce((sum, e) => sum + e.duration / 1e6, 0)
  return {
    compile: span("run-turbopack"),
    staticCheck: span("static-check"),
    generate: span("static-generation"),
    total: span("next-build"),
  }
}

for (const side of sides) {
  rmSync(join(side.app, DATA), { recursive: true, force: true })
  runStage(["scripts/prepare-content.mjs"], { cwd: side.app, env: side.env })
  runStage(["scripts/next-build.mjs"], { cwd: side.app, env: side.env })
  if (!existsSync(join(side.app, DATA, "next-input"))) throw new Error(`${side.app}: no next-input/ folder`)
}
for (let round = 1; round <= rounds; round++) {
  for (const side of round % 2 === 1 ? sides : [...sides].reverse()) {
    const load = loadavg()[0]
    rmSync(join(side.app, EXPORT_STAGING), { recursive: true, force: true })
    const run = runStage([join(side.app, "node_modules/next/dist/bin/next"), "build"], {
      cwd: side.app,
      env: nextEnv(side),
    })
    const phases = tracePhases(side.app)
    side.runs.push({ ...run, ...phases })
    console.log(
      `round ${round} ${side.name.padEnd(6)} wall ${run.wall.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s (load ${load.toFixed(1)}); ` +
        `Next's trace: compile ${phases.compile.toFixed(1)} s, collecting page data ${phases.staticCheck.toFixed(1)} s, ` +
        `static generation ${phases.generate.toFixed(1)} s`,
    )
    if (round === rounds)
      cpSync(join(side.app, EXPORT_STAGING), join(scratch, `export-${side.name}`), { recursive: true })
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
for (const side of sides) {
  const m = (field) => median(side.runs.map((run) => run[field])).toFixed(1)
  console.log(
    `${side.name.padEnd(6)} next build, median of ${rounds}: wall ${m("wall")} s, CPU ${m("cpu")} s; ` +
      `compile ${m("compile")} s, collecting page data ${m("staticCheck")} s, static generation ${m("generate")} s`,
  )
}
const differences = compareExports(join(scratch, "export-this"), join(scratch, "export-before"))
console.log(
  `Next's export (before any page is filled), this against before: ${differences.length ? `${differences.length} differences: ${differences.slice(0, 10).join("; ")}` : "equal, every file"}`,
)
for (const side of sides) {
  rmSync(join(side.app, DATA), { recursive: true, force: true })
  rmSync(join(side.app, EXPORT_STAGING), { recursive: true, force: true })
}
rmSync(scratch, { recursive: true, force: true })
