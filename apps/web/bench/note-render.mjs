// The pages rendered outside Next, alone: this checkout's render code against another's, on the
// same prepared data folder, rounds interleaved A B B A … Each run is one process on one thread
// (bench/lib/note-render-probe.mjs): the page data and the study deck as a build from nothing
// writes them, every note's HTML (mdast → hast → sanitised HTML, shiki), every term and command
// page and the page slots (React's renderToString). Prints CPU seconds per phase (user + sys of
// the run's process) and checks that both sides rendered the same bytes: every note's HTML, every
// term and command page and slot. What a site build spends here is this work spread over its
// threads, plus a worker's start and the pages' writes (bench/build-step.mjs --kept-shell).
// Generates the notes with ../shared/bench/gen-corpus.mjs and prepares them once with this
// checkout's prepare into a scratch folder. Each side's render bundle is built by its own
// scripts/lib/render-note-html.mjs into its dist/note-render/, as its builds do.
//   node bench/note-render.mjs [NOTES=1000] [ROUNDS=3] --before=DIR   (DIR: the other checkout's apps/web, built)
import { spawnSync } from "node:child_process"
import { rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { againstBefore, median } from "./lib/process-runs.mjs"
import { runStage } from "./lib/run-stage.mjs"

const { before, notes, rounds, scratch, corpus } = againstBefore("note-render", 3)
const data = join(scratch, "data")
const env = {
  ...process.env,
  KUBE_NOTES_CONTENT: corpus,
  XDG_CACHE_HOME: join(scratch, "cache"),
  BASE_PATH: "",
}
runStage(["scripts/prepare-content.mjs"], {
  cwd: APP_DIR,
  env: { ...env, KUBE_NOTES_WEB_DATA: relative(APP_DIR, data) },
})
const probe = fileURLToPath(new URL("./lib/note-render-probe.mjs", import.meta.url))
const BUNDLE = `
import { getCodeFingerprint } from "./scripts/lib/code-fingerprint.mjs"
import { bundleRenderCode } from "./scripts/lib/render-note-html.mjs"
console.log(await bundleRenderCode(getCodeFingerprint()))
`
const sides = [
  { name: "this", app: APP_DIR },
  { name: "before", app: before },
].map((side) => {
  const sideEnv = { ...env, KUBE_NOTES_WEB_DATA: relative(side.app, data) }
  const bundled = spawnSync(process.execPath, ["--input-type=module", "-e", BUNDLE], {
    cwd: side.app,
    env: sideEnv,
    encoding: "utf8",
  })
  if (bundled.status !== 0)
    throw new Error(`${side.name}: bundling its render code failed\n${bundled.stderr}`)
  return { ...side, env: sideEnv, bundle: bundled.stdout.trim().split("\n").at(-1), runs: [] }
})
const PHASES = ["load", "pageData", "notes", "lists"]
for (let round = 1; round <= rounds; round++) {
  for (const side of round % 2 === 1 ? sides : [...sides].reverse()) {
    const load = loadavg()[0]
    const run = runStage([probe, side.bundle], { cwd: side.app, env: side.env })
    const phases = JSON.parse(run.stdout.trim().split("\n").at(-1))
    side.runs.push({ ...phases, cpu: run.cpu, wall: run.wall })
    console.log(
      `round ${round} ${side.name.padEnd(6)} CPU ${run.cpu.toFixed(2)} s, wall ${run.wall.toFixed(2)} s (load ${load.toFixed(1)}): ${PHASES.map((p) => `${p} ${phases[p].toFixed(2)}`).join(", ")}`,
    )
  }
}
const digests = new Set(sides.flatMap((side) => side.runs.map((run) => run.digest)))
console.log(
  digests.size === 1
    ? "output: the same bytes on both sides in every round (every note's HTML, term and command page, page slot)"
    : `output DIFFERS: ${digests.size} digests`,
)
console.log(`| median of ${rounds}, ${notes} notes, CPU s | whole process | ${PHASES.join(" | ")} | wall |`)
console.log(`| --- | --- | ${PHASES.map(() => "---").join(" | ")} | --- |`)
for (const side of sides) {
  const m = (key) => median(side.runs.map((run) => run[key])).toFixed(2)
  console.log(`| ${side.name} | ${m("cpu")} | ${PHASES.map(m).join(" | ")} | ${m("wall")} |`)
}
// Under load the rounds swing more than the sides differ: the paired difference of each round (the
// two sides ran one after the other) is steadier than the difference of the medians.
const [ours, theirs] = sides
const paired = (key) => median(ours.runs.map((run, i) => run[key] - theirs.runs[i][key]))
console.log(
  `| this − before, median of the rounds' differences | ${paired("cpu").toFixed(2)} | ${PHASES.map((p) => paired(p).toFixed(2)).join(" | ")} | ${paired("wall").toFixed(2)} |`,
)
rmSync(scratch, { recursive: true, force: true })
if (digests.size !== 1) process.exit(1)
