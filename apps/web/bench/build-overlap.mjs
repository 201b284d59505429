// The site build with its two halves one after the other (scripts/prepare-content.mjs, then
// scripts/next-build.mjs, as `pnpm build` ran them before) and overlapped (scripts/build-site.mjs,
// `pnpm build` now): same code, same notes, against the bare parse.
// Generates a corpus (default 1,000 notes) with ../shared/bench/gen-corpus.mjs; each round: the bare
// parse (bench/probes/build.mjs bare, one thread), then a build from nothing each way (no data
// folder, an empty graph cache; Next's own compile cache is kept, as a second build finds it), the
// ways alternating which goes first; then one note edited (a sentence appended) and each way's
// rebuild over its own last build. Every figure is a whole process (Node start included): wall
// time and CPU (user + sys of every process). Each round checks that both ways wrote the same data
// folder and the same export, byte for byte, after the build and after the rebuild.
//   node bench/build-overlap.mjs [NOTES=1000] [ROUNDS=3]
import { appendFileSync, rmSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { compareExports } from "./lib/compare-exports.mjs"
import { benchSetup, markdownFiles, printTable, run, sameFolders } from "./lib/process-runs.mjs"

const { notes, rounds, bareProbe, scratch, corpus } = benchSetup("kube-notes-build-overlap-")

const ways = [
  { name: "one after the other", scripts: [["scripts/prepare-content.mjs"], ["scripts/next-build.mjs"]] },
  { name: "overlapped (build-site.mjs)", scripts: [["scripts/build-site.mjs"]] },
].map((way, i) => ({
  ...way,
  // Inside apps/web, as every build's data folder and export (Next reads its input relative to it).
  data: `dist/overlap-bench-data-${i}`,
  out: `dist/overlap-bench-out-${i}`,
  cache: join(scratch, `cache-${i}`),
}))

/** Builds the site one way: from nothing (`fresh`), or again over its last build (a rebuild). */
const build = (way, fresh) => {
  if (fresh)
    for (const dir of [join(APP_DIR, way.data), join(APP_DIR, way.out), way.cache])
      rmSync(dir, { recursive: true, force: true })
  const env = {
    KUBE_NOTES_CONTENT: corpus,
    KUBE_NOTES_WEB_DATA: way.data,
    KUBE_NOTES_WEB_OUT: way.out,
    KUBE_NOTES_WEB_FULL: "",
    XDG_CACHE_HOME: way.cache,
  }
  const parts = way.scripts.map((script) => run(script, { cwd: APP_DIR, env }))
  return { wall: parts.reduce((sum, p) => sum + p.wall, 0), cpu: parts.reduce((sum, p) => sum + p.cpu, 0) }
}

/** Both ways' data folders and exports are the same; returns how many data files there are. */
const same = (what) => {
  const [a, b] = ways.map((way) => [join(APP_DIR, way.data), join(APP_DIR, way.out)])
  // The record of the last `next build` names its export's folder (one per way) and that folder's identity.
  const count = sameFolders(a[0], b[0], `the two ways' data folders after the ${what}`, [
    "last-next-build.json",
  ])
  const differences = compareExports(a[1], b[1])
  if (differences.length > 0)
    throw new Error(`the two ways' exports differ after the ${what}: ${differences.slice(0, 5).join(", ")}`)
  return count
}

const markdown = markdownFiles(corpus)

const samples = []
const loads = []
console.error(`corpus: ${notes} notes in ${corpus}`)
for (let round = 1; round <= rounds; round++) {
  loads.push(loadavg()[0])
  samples.push({ label: "bare parse (1 thread)", ...run([bareProbe, "bare", corpus], { cwd: APP_DIR }) })
  const order = round % 2 === 1 ? ways : [...ways].reverse()
  for (const way of order)
    samples.push({ label: `site build from nothing, ${way.name}`, ...build(way, true) })
  const count = same("build")
  // A text edit in a note halfway through the corpus, then each way's rebuild over its own build.
  const edited = markdown[Math.floor((markdown.length * round) / (rounds + 1))]
  appendFileSync(edited, `\n\n벤치마크 ${round}회차에 덧붙인 문장입니다.\n`)
  for (const way of order)
    samples.push({ label: `site rebuild, 1 note edited, ${way.name}`, ...build(way, false) })
  same("rebuild")
  console.error(
    `  round ${round}/${rounds} (load ${loads.at(-1).toFixed(1)}): both ways wrote the same ${count} data files and the same export, built and rebuilt`,
  )
}

printTable(`site build, ${notes} generated notes, ${rounds} round(s)`, samples, loads)
for (const way of ways)
  for (const dir of [way.data, way.out]) rmSync(join(APP_DIR, dir), { recursive: true, force: true })
rmSync(scratch, { recursive: true, force: true })
