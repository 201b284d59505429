// Site build benchmark: generates a corpus (default 1,000 notes) with
// ../shared/bench/gen-corpus.mjs, builds the site from it (KUBE_NOTES_CONTENT) into its own
// export folder RUNS times (default 3), and reports for each stage the median and range of
// wall time and CPU time (user + sys of the build processes: less sensitive than wall time
// to other jobs on the machine), the load average, pages emitted, first-load JS per route
// (gzipped, from the <script src> each HTML page loads) and the export's size.
//   node bench/site-build.mjs [NOTES=1000] [RUNS=3]
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join, relative } from "node:path"
import { gzipSync } from "node:zlib"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"

const notes = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 3)
const generator = join(APP_DIR, "../../../shared/bench/gen-corpus.mjs")
if (!existsSync(generator)) throw new Error(`${generator} not found`)
const corpus = join(mkdtempSync(join(tmpdir(), "kube-notes-bench-")), "notes")
execFileSync("node", [generator, corpus, String(notes)], { stdio: "ignore" })
const outName = "dist/bench"
const dataName = "dist/bench-data"
const env = {
  ...process.env,
  KUBE_NOTES_CONTENT: corpus,
  KUBE_NOTES_WEB_DATA: dataName,
  KUBE_NOTES_WEB_OUT: outName,
  BASE_PATH: "",
  NEXT_TELEMETRY_DISABLED: "1",
}

// CPU seconds of this process's finished children (/proc/self/stat: cutime + cstime, in ticks).
const childCpu = () => {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ")
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/** Runs a stage; every `next build` in apps/web shares `.next/lock`, so a busy lock is waited for. */
function stage(args) {
  for (;;) {
    const cpu = childCpu()
    const started = performance.now()
    const result = spawnSync("node", args, { cwd: APP_DIR, env, encoding: "utf8" })
    const wall = (performance.now() - started) / 1000
    if (result.status === 0) return { wall, cpu: childCpu() - cpu }
    if (/Another next build process is already running/.test(result.stdout + result.stderr)) {
      process.stderr.write("  (another next build holds .next/lock: waiting)\n")
      spawnSync("sleep", ["5"])
      continue
    }
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`${args.join(" ")} failed`)
  }
}

const samples = []
for (let run = 1; run <= runs; run++) {
  const load = loadavg()[0]
  const prepare = stage(["scripts/prepare-content.mjs"])
  const next = stage(["scripts/next-build.mjs"])
  samples.push({
    load,
    prepare,
    next,
    total: { wall: prepare.wall + next.wall, cpu: prepare.cpu + next.cpu },
  })
  console.error(
    `  run ${run}/${runs}: ${(prepare.wall + next.wall).toFixed(1)} s wall (load ${load.toFixed(1)})`,
  )
}

const out = join(APP_DIR, outName)
const files = []
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path)
    else files.push(path)
  }
}
walk(out)
const pages = files.filter((file) => file.endsWith(".html"))
const gzipCache = new Map()
const gz = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length)
  return gzipCache.get(file)
}
const firstLoad = (html) => {
  const text = readFileSync(html, "utf8")
  // `noModule` polyfills are skipped by every browser that runs modules: not counted.
  const tags = [...text.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag))
  const sources = new Set(tags.flatMap((tag) => tag.match(/src="([^"]+)"/)?.[1] ?? []))
  let total = 0
  for (const src of sources) total += gz(join(out, decodeURIComponent(src.replace(/^\//, ""))))
  return { js: total, html: gz(html) }
}
const routes = {
  home: "index.html",
  note: pages.find((p) => p.includes("/notes/")),
  term: pages.find((p) => p.includes("/terms/")),
  glossary: "glossary/index.html",
  commands: "commands/index.html",
  command: pages.find((p) => /\/commands\/cmd-/.test(p)),
  graph: "graph/index.html",
  404: "404.html",
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const describe = (pick) => {
  const values = samples.map(pick)
  const range =
    values.length > 1 ? ` (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})` : ""
  return `${median(values).toFixed(1)} s${range}`
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
console.log(`site build, ${notes} generated notes, ${runs} run(s), median (min–max)`)
console.log(`  load average (1 min) at each start: ${samples.map((s) => s.load.toFixed(1)).join(", ")}`)
for (const [label, pick] of [
  ["whole build", (s) => s.total],
  ["  prepare (graph + data)", (s) => s.prepare],
  ["  next build + prune", (s) => s.next],
]) {
  console.log(
    `  ${label.padEnd(26)} wall ${describe((s) => pick(s).wall)}, CPU ${describe((s) => pick(s).cpu)}`,
  )
}
console.log(
  `  pages emitted: ${pages.length} HTML files; export: ${files.length} files, ${(totalBytes / 1048576).toFixed(1)} MB`,
)
console.log("  first-load JS per route (gzipped) / the HTML itself (gzipped):")
for (const [route, file] of Object.entries(routes)) {
  if (!file) continue
  const path = file.startsWith("/") ? file : join(out, file)
  const { js, html } = firstLoad(path)
  console.log(
    `    ${route.padEnd(9)} ${kb(js).padStart(9)}  ${kb(html).padStart(9)}  (${relative(out, path)})`,
  )
}
// Hundreds of megabytes of generated pages are not worth keeping.
for (const dir of [out, join(APP_DIR, dataName), join(corpus, "..")])
  rmSync(dir, { recursive: true, force: true })
