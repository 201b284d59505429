// How much of the site's build step depends on the content at all: scripts/next-build.mjs with
// KUBE_NOTES_WEB_FULL=1 (`next build` runs, every note's HTML is rendered, every page written) on a
// tiny corpus (3 notes) and on NOTES notes (../shared/bench/gen-corpus.mjs), rounds interleaved,
// each with its own data folder and export; Next's compile cache (.next/cache) is kept, as any
// second build finds it. Prints wall and CPU (user + sys of every process) and the phases Next
// and the script report: the compile, the static generation, the note rendering.
//   node bench/next-floor.mjs [NOTES=1000] [ROUNDS=1]
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { runStage } from "./lib/run-stage.mjs"

const [notes = 1000, rounds = 1] = process.argv.slice(2).map(Number)
const generator = join(APP_DIR, "../../bench/gen-corpus.mjs")
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-next-floor-"))
const sizes = [3, notes].map((count) => {
  const corpus = join(scratch, `notes-${count}`)
  execFileSync(process.execPath, [generator, corpus, String(count)], { stdio: "ignore" })
  const env = {
    ...process.env,
    KUBE_NOTES_CONTENT: corpus,
    KUBE_NOTES_WEB_DATA: `dist/floor-data-${count}`,
    KUBE_NOTES_WEB_OUT: `dist/floor-${count}`,
    KUBE_NOTES_WEB_FULL: "1",
    XDG_CACHE_HOME: join(scratch, `cache-${count}`),
    BASE_PATH: "",
    NEXT_TELEMETRY_DISABLED: "1",
  }
  runStage(["scripts/prepare-content.mjs"], { cwd: APP_DIR, env })
  return { count, env, samples: [] }
})

/** Seconds from Next's `in 4.2s` / `in 950ms`. */
const seconds = (value, unit) => (unit === "ms" ? Number(value) / 1000 : Number(value))
function phases(stdout) {
  const compiled = /Compiled successfully in ([\d.]+)(m?s)/.exec(stdout)
  const generated = /Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(m?s)/.exec(stdout)
  const rendered = /rendered (\d+) note pages' HTML \((\d+) ms\)/.exec(stdout)
  return {
    compile: compiled ? seconds(compiled[1], compiled[2]) : Number.NaN,
    routes: generated ? Number(generated[1]) : Number.NaN,
    generate: generated ? seconds(generated[2], generated[3]) : Number.NaN,
    render: rendered ? Number(rendered[2]) / 1000 : Number.NaN,
  }
}

for (let round = 1; round <= rounds; round++) {
  const load = loadavg()[0]
  const order = round % 2 === 1 ? sizes : [...sizes].reverse()
  for (const size of order) {
    const stage = runStage(["scripts/next-build.mjs"], { cwd: APP_DIR, env: size.env })
    size.samples.push({ load, wall: stage.wall, cpu: stage.cpu, ...phases(stage.stdout) })
  }
  console.error(`  round ${round}/${rounds} done (load ${load.toFixed(1)})`)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const fields = ["wall", "cpu", "compile", "generate", "render"]
console.log(`next-build.mjs (KUBE_NOTES_WEB_FULL=1), 3 notes against ${notes}, ${rounds} round(s), median`)
console.log(
  `  load average (1 min) at each round's start: ${sizes[0].samples.map((s) => s.load.toFixed(1)).join(", ")}`,
)
const [small, large] = sizes
for (const size of sizes) {
  const m = Object.fromEntries(fields.map((field) => [field, median(size.samples.map((s) => s[field]))]))
  console.log(
    `  ${String(size.count).padStart(5)} notes: wall ${m.wall.toFixed(1)} s, CPU ${m.cpu.toFixed(1)} s; ` +
      `Next: compile ${m.compile.toFixed(1)} s, static generation of ${size.samples[0].routes} routes ${m.generate.toFixed(1)} s; ` +
      `note HTML ${m.render.toFixed(1)} s (beside Next)`,
  )
}
const ratio = (field) =>
  (median(large.samples.map((s) => s[field])) / median(small.samples.map((s) => s[field]))).toFixed(2)
console.log(
  `  ${notes} ÷ 3 notes: ${ratio("wall")}× wall, ${ratio("cpu")}× CPU, ${ratio("generate")}× static generation`,
)
for (const size of sizes)
  for (const dir of [size.env.KUBE_NOTES_WEB_OUT, size.env.KUBE_NOTES_WEB_DATA])
    rmSync(join(APP_DIR, dir), { recursive: true, force: true })
rmSync(scratch, { recursive: true, force: true })
