// The prepare half of a site rebuild (scripts/prepare-content.mjs: core's build, graph.json and
// the bodies, the search index, the graph view) and the CLI's `kube-notes build` on the same
// path, measured alone, before/after in one run, against the bare parse of the same files.
// Generates a corpus (default 1,000 notes) with ../shared/bench/gen-corpus.mjs; then
//   setup: each side's first prepare and first CLI build with an empty cache (measured: the
//          cold side of the warm path);
//   each round: the bare parse (bench/probes/build.mjs bare, one thread, whole process); one
//          sentence appended to one note; each side's prepare, then its CLI build, of the edited
//          folder; then each side's prepare of the unchanged folder. Sides alternate which goes
//          first.
// Every figure is a whole process (Node start included): wall time and CPU (user + sys).
// Output is checked every round: the data folders both sides wrote (graph.json, bodies/,
// search-index.json, graph-view.json, assets) and the CLI's outputs must be byte-identical
// (first-screen.json but for graph.json's mtime). With --verify, a cold prepare of the edited
// folder (empty cache, new data folder) is compared with this side's rebuilt data folder too.
// With --before=DIR (the apps/web folder of another checkout with its packages and the CLI
// built), that side runs in the same rounds, with its own caches and folders outside DIR.
//   node bench/prepare-rebuild.mjs [NOTES=1000] [ROUNDS=3] [--before=DIR] [--verify]
import { appendFileSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { benchSetup, markdownFiles, printTable, run, sameFolders } from "./lib/process-runs.mjs"

const verify = process.argv.includes("--verify")
const { notes, rounds, sides, bareProbe, scratch, corpus } = benchSetup("kube-notes-prepare-bench-")

const prepare = (side, data = side.data, cache = side.cache) =>
  run(["scripts/prepare-content.mjs"], {
    cwd: side.app,
    env: { KUBE_NOTES_CONTENT: corpus, KUBE_NOTES_WEB_DATA: data, XDG_CACHE_HOME: cache },
  })
const cliBuild = (side) =>
  run([side.cli, "build", "--content", corpus, "--out", side.cliOut], {
    cwd: side.app,
    env: { XDG_CACHE_HOME: side.cliCache },
  })

const samples = []
const record = (round, label, result) => samples.push({ round, label, ...result })
const loads = []
console.error(
  `corpus: ${notes} notes in ${corpus}; sides: ${sides.map((s) => `${s.name} ${s.app}`).join(", ")}`,
)
for (const side of sides) {
  record(0, `${side.name}: prepare, first (empty cache)`, prepare(side))
  record(0, `${side.name}: kube-notes build, first (empty cache)`, cliBuild(side))
}
const markdown = markdownFiles(corpus)
for (let round = 1; round <= rounds; round++) {
  loads.push(loadavg()[0])
  record(round, "bare parse (1 thread)", run([bareProbe, "bare", corpus], { cwd: APP_DIR }))
  const order = round % 2 === 1 ? sides : [...sides].reverse()
  appendFileSync(
    markdown[Math.floor((markdown.length * round) / (rounds + 1))],
    `\n\n벤치마크 ${round}회차에 덧붙인 문장입니다.\n`,
  )
  for (const side of order) {
    record(round, `${side.name}: prepare, 1 note edited`, prepare(side))
    record(round, `${side.name}: kube-notes build, 1 note edited`, cliBuild(side))
  }
  for (const side of order) record(round, `${side.name}: prepare, unchanged folder`, prepare(side))
  if (sides.length > 1) {
    const count = sameFolders(sides[0].data, sides[1].data, "the two sides' data folders")
    sameFolders(sides[0].cliOut, sides[1].cliOut, "the two sides' CLI outputs")
    console.error(`  round ${round}: both sides wrote the same ${count} data files and the same CLI output`)
  }
  if (verify) {
    const [ours] = sides
    const coldData = join(scratch, `cold-data-${round}`)
    const coldCache = join(scratch, `cold-cache-${round}`)
    prepare(ours, coldData, coldCache)
    const count = sameFolders(ours.data, coldData, "the rebuilt data folder and a cold prepare's")
    rmSync(coldData, { recursive: true, force: true })
    rmSync(coldCache, { recursive: true, force: true })
    console.error(
      `  round ${round}: the rebuilt data folder equals a cold prepare of the edited notes (${count} files)`,
    )
  }
  console.error(`  round ${round}/${rounds} done (load ${loads.at(-1).toFixed(1)})`)
}

printTable(`prepare and CLI build, ${notes} generated notes, ${rounds} round(s)`, samples, loads)
rmSync(scratch, { recursive: true, force: true })
