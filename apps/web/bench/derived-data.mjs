// Prepare's own work on its thread in a first prepare (scripts/lib/derived-data.mjs: the
// images, the search index, the graph view and its layout, from graph.json's bytes), before/after
// in one run: each round runs it once per side in a new process (Node's start and the modules'
// loading included, as the thread pays them), sides alternating which goes first, every figure
// wall and CPU (user + sys). Both sides read the same graph.json (made once by this side's
// prepare from nothing) and must write the same search-index.json, graph-view.json,
// assets.json and images, and the same terms memo and layout cache but for the search code's
// digest. The bare parse of the same notes runs in the first round, as the yardstick.
// --before=DIR: the apps/web folder of another built checkout; nothing is written inside it.
//   node bench/derived-data.mjs [NOTES=1000] [ROUNDS=5] [--before=DIR]
import { copyFileSync, readFileSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { benchSetup, printTable, run, sameFolders } from "./lib/process-runs.mjs"

const argv = process.argv.slice(2)
const counts = argv.filter((arg) => !arg.startsWith("--"))
const { notes, rounds, sides, bareProbe, scratch, corpus } = benchSetup("kube-notes-derived-data-", [
  counts[0] ?? "1000",
  counts[1] ?? "5",
  ...argv.filter((arg) => arg.startsWith("--")),
])
// The graph both sides start from: this side's prepare from nothing.
const made = sides[0]
run(["scripts/prepare-content.mjs"], {
  cwd: APP_DIR,
  env: { KUBE_NOTES_CONTENT: corpus, KUBE_NOTES_WEB_DATA: made.data, XDG_CACHE_HOME: made.cache },
})
const graphFile = join(scratch, "graph.json")
copyFileSync(join(made.data, "graph.json"), graphFile)
const once = join(APP_DIR, "bench/lib/derived-data-once.mjs")
const derived = (side) => join(scratch, `derived-${side.name}`)

const samples = []
const loads = []
console.error(
  `corpus: ${notes} notes in ${corpus}; sides: ${sides.map((s) => `${s.name} ${s.app}`).join(", ")}`,
)
for (let round = 1; round <= rounds; round++) {
  loads.push(loadavg()[0])
  // The yardstick once (it costs five times what is measured here).
  if (round === 1)
    samples.push({ label: "bare parse (1 thread)", ...run([bareProbe, "bare", corpus], { cwd: APP_DIR }) })
  const order = round % 2 === 1 ? sides : [...sides].reverse()
  for (const side of order)
    samples.push({
      label: `${side.name}: derived data (images, search index, graph view)`,
      ...run([once, side.app, graphFile, corpus, derived(side)], { cwd: APP_DIR }),
    })
  if (sides.length > 1) {
    const [a, b] = sides.map(derived)
    const caches = ["search-terms.cache.json"]
    const count = sameFolders(a, b, "the two sides' derived files", caches)
    const terms = (dir) => JSON.stringify(JSON.parse(readFileSync(join(dir, caches[0]), "utf8")).terms)
    if (terms(a) !== terms(b)) throw new Error("the two sides' terms memos differ")
    if (
      readFileSync(join(a, "graph-layout.cache.json")).compare(
        readFileSync(join(b, "graph-layout.cache.json")),
      )
    )
      throw new Error("the two sides' layout caches differ")
    console.error(`  round ${round}: both sides wrote the same ${count} files, terms memo and layout cache`)
  }
  console.error(`  round ${round}/${rounds} done (load ${loads.at(-1).toFixed(1)})`)
}
printTable(
  `prepare's derived data from graph.json, ${notes} generated notes, ${rounds} round(s)`,
  samples,
  loads,
)
rmSync(scratch, { recursive: true, force: true })
