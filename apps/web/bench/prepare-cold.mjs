// The prepare half of a site build from nothing (scripts/prepare-content.mjs with no data folder
// and an empty cache: core's cold build and its cache writes, graph.json and the bodies, the
// search index, the graph view, the images), against `kube-notes build --no-cache` and the bare
// parse of the same files, before/after in one run.
// Generates a corpus (default 1,000 notes) with ../shared/bench/gen-corpus.mjs; each round: the
// bare parse (bench/probes/build.mjs bare, one thread), then each side's prepare from nothing
// and its `kube-notes build` with an empty cache, sides alternating which goes first, then this
// side's `kube-notes build --no-cache` (the floor prepare is measured against).
// Every figure is a whole process (Node start included): wall time and CPU (user + sys).
// Each round checks that both sides wrote the same data files (graph.json, bodies/,
// search-index.json, graph-view.json, first-screen.json but for graph.json's mtime, assets)
// and the same CLI output.
// --before=DIR: the apps/web folder of another checkout with its packages and the CLI built;
// it writes nothing inside DIR (its data folders and caches are in a scratch folder).
//   node bench/prepare-cold.mjs [NOTES=1000] [ROUNDS=3] [--before=DIR]
import { rmSync } from "node:fs"
import { loadavg } from "node:os"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { benchSetup, printTable, run, sameFolders } from "./lib/process-runs.mjs"

const { notes, rounds, sides, bareProbe, scratch, corpus } = benchSetup("kube-notes-prepare-cold-")

/** Nothing left from the last round: no data folder, no cache, no CLI output. */
const clear = (...dirs) => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
}
const prepareFromNothing = (side) => {
  clear(side.data, side.cache)
  return run(["scripts/prepare-content.mjs"], {
    cwd: side.app,
    env: { KUBE_NOTES_CONTENT: corpus, KUBE_NOTES_WEB_DATA: side.data, XDG_CACHE_HOME: side.cache },
  })
}
const cliBuild = (side, ...extra) => {
  clear(side.cliCache, side.cliOut)
  return run([side.cli, "build", "--content", corpus, "--out", side.cliOut, ...extra], {
    cwd: side.app,
    env: { XDG_CACHE_HOME: side.cliCache },
  })
}

const samples = []
const record = (label, result) => samples.push({ label, ...result })
const loads = []
console.error(
  `corpus: ${notes} notes in ${corpus}; sides: ${sides.map((s) => `${s.name} ${s.app}`).join(", ")}`,
)
for (let round = 1; round <= rounds; round++) {
  loads.push(loadavg()[0])
  record("bare parse (1 thread)", run([bareProbe, "bare", corpus], { cwd: APP_DIR }))
  const order = round % 2 === 1 ? sides : [...sides].reverse()
  for (const side of order) record(`${side.name}: prepare from nothing`, prepareFromNothing(side))
  for (const side of order) record(`${side.name}: kube-notes build, empty cache`, cliBuild(side))
  if (sides.length > 1) {
    const count = sameFolders(sides[0].data, sides[1].data, "the two sides' data folders")
    sameFolders(sides[0].cliOut, sides[1].cliOut, "the two sides' CLI outputs")
    console.error(`  round ${round}: both sides wrote the same ${count} data files and the same CLI output`)
  }
  record(`${sides[0].name}: kube-notes build --no-cache`, cliBuild(sides[0], "--no-cache"))
  console.error(`  round ${round}/${rounds} done (load ${loads.at(-1).toFixed(1)})`)
}

printTable(`prepare from nothing, ${notes} generated notes, ${rounds} round(s)`, samples, loads)
rmSync(scratch, { recursive: true, force: true })
