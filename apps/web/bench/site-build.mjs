// Site build benchmark: generates a corpus (default 1,000 notes) with
// ../shared/bench/gen-corpus.mjs, builds the site from it (KUBE_NOTES_CONTENT) into its
// own export folder, and reports wall time, pages emitted, first-load JS per route
// (gzipped, from the <script src> each HTML page loads) and the export's total size.
//   node bench/site-build.mjs [NOTES=1000]
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { gzipSync } from "node:zlib"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"

const notes = Number(process.argv[2] ?? 1000)
const generator = join(APP_DIR, "../../../shared/bench/gen-corpus.mjs")
if (!existsSync(generator)) throw new Error(`${generator} not found`)
const corpus = join(mkdtempSync(join(tmpdir(), "kube-notes-bench-")), "notes")
execFileSync("node", [generator, corpus, String(notes)], { stdio: "ignore" })
const outName = "dist/bench"
const env = {
  ...process.env,
  KUBE_NOTES_CONTENT: corpus,
  KUBE_NOTES_WEB_DATA: "dist/bench-data",
  KUBE_NOTES_WEB_OUT: outName,
  BASE_PATH: "",
  NEXT_TELEMETRY_DISABLED: "1",
}
const started = performance.now()
execFileSync("node", ["scripts/prepare-content.mjs"], {
  cwd: APP_DIR,
  env,
  stdio: ["ignore", "ignore", "inherit"],
})
const prepared = performance.now()
execFileSync(join(APP_DIR, "node_modules/.bin/next"), ["build"], {
  cwd: APP_DIR,
  env,
  stdio: ["ignore", "ignore", "inherit"],
})
const finished = performance.now()

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
  note: pages.find((p) => p.includes(`${"/"}notes${"/"}`)),
  term: pages.find((p) => p.includes("/terms/")),
  glossary: "glossary/index.html",
  commands: "commands/index.html",
  graph: "graph/index.html",
  404: "404.html",
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
console.log(`site build, ${notes} generated notes`)
console.log(
  `  wall time: ${((finished - started) / 1000).toFixed(1)} s (graph + data ${((prepared - started) / 1000).toFixed(1)} s, next build ${((finished - prepared) / 1000).toFixed(1)} s)`,
)
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
// Half a gigabyte of generated pages is not worth keeping.
for (const dir of [out, join(APP_DIR, "dist/bench-data"), corpus])
  rmSync(dir, { recursive: true, force: true })
