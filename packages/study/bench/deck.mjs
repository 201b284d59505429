// pnpm -F @kube-notes/study bench: deck build time and card count on the original notes and on
// a generated corpus (default 1,000 notes, ../shared/bench/gen-corpus.mjs), plus the learning
// path, a study queue and a 2,000-review merge on that deck. Medians of RUNS runs (default 7).
//   node bench/deck.mjs [NOTES=1000] [RUNS=7]
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { buildGraphFromDir } from "@kube-notes/core"
import { writeSection } from "../../../bench/write-section.mjs"
import {
  counts,
  createDeck,
  createScheduler,
  emptyProgress,
  learningPath,
  mergeProgress,
  studyQueue,
} from "../dist/index.js"

const loadAtStart = loadavg()[0]
const notes = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 7)
const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url))
const generator = fileURLToPath(new URL("../../../bench/gen-corpus.mjs", import.meta.url))
if (!existsSync(generator)) throw new Error(`${generator} not found`)

/**
 * Median and range of RUNS runs of `fn(input)`, wall time and CPU time (user + sys of this process,
 * steadier than wall time when other jobs share the machine). `prepare` makes each run's input
 * untimed: a fresh copy of the graph, so no cache from an earlier run hides the cost.
 */
function median(fn, prepare = () => undefined) {
  const wall = []
  const cpu = []
  let result
  for (let run = 0; run < runs; run++) {
    const input = prepare()
    const cpuStart = process.cpuUsage()
    const started = performance.now()
    result = fn(input)
    wall.push(performance.now() - started)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const mid = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  return { ms: mid(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: mid(cpu), result }
}

const fmt = ({ ms, min, max, cpu }) =>
  `${ms.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)}); CPU ${cpu.toFixed(1)} ms`
const rows = []
const row = (...cells) => {
  rows.push(`| ${cells.join(" | ")} |`)
  console.log(cells.join("  "))
}

function report(label, graph) {
  const text = JSON.stringify(graph)
  const fresh = () => JSON.parse(text)
  const deck = median((copy) => createDeck(copy), fresh)
  const cards = deck.result
  const byType = {}
  for (const card of cards) byType[card.type] = (byType[card.type] ?? 0) + 1
  const kinds = {}
  for (const node of graph.nodes) kinds[node.kind] = (kinds[node.kind] ?? 0) + 1
  const size = `${kinds.note ?? 0} notes, ${kinds.topic ?? 0} topics, ${kinds.term ?? 0} terms, ${kinds.command ?? 0} commands`
  const types = Object.entries(byType)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ")
  const json = JSON.stringify(cards)
  row(
    label,
    size,
    "createDeck",
    fmt(deck),
    `**${cards.length} cards** (${types}); JSON ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped`,
  )
  row(label, "", "learningPath", fmt(median((copy) => learningPath(copy), fresh)), "")
  // Progress with 2,000 reviews over 100 days, then the queue and the counts on it.
  const scheduler = createScheduler()
  let progress = emptyProgress()
  const start = Date.parse("2026-03-02T09:00:00Z")
  for (let i = 0; i < 2000; i++) {
    const card = cards[(i * 7) % cards.length]
    progress = scheduler.rate(progress, card.id, (i % 4) + 1, new Date(start + i * 72 * 60_000))
  }
  const now = new Date(start + 101 * 86_400_000)
  row(
    label,
    "",
    "studyQueue + counts, 2,000 reviews",
    fmt(median(() => [studyQueue(cards, progress, now), counts(cards, progress, now)])),
    "",
  )
  const other = { ...progress, log: progress.log.filter((_, i) => i % 2 === 0) }
  row(
    label,
    "",
    "mergeProgress, 2,000 + 1,000 reviews (log replayed)",
    fmt(median(() => mergeProgress(progress, other))),
    "",
  )
}

report("original notes", (await buildGraphFromDir(contentDir)).graph)
const corpus = join(mkdtempSync(join(tmpdir(), "kube-notes-study-bench-")), "notes")
execFileSync("node", [generator, corpus, String(notes)], { stdio: "ignore" })
report(`generated, ${notes} notes`, (await buildGraphFromDir(corpus)).graph)

const body = `Command: \`pnpm -F @kube-notes/study bench\` (= \`node packages/study/bench/deck.mjs ${notes} ${runs}\`, after
\`pnpm exec turbo run build --filter=@kube-notes/study...\`). The graph is built once with core's \`buildGraphFromDir\`
(not timed here, see \`## Core\`); each measure is the median of ${runs} runs in one process, with the range; \`createDeck\`
and \`learningPath\` run on a fresh parse of the graph each time, so the query indexes they build are counted. Machine: 2 cores
shared with other engineers' builds (1-minute load ${loadAtStart.toFixed(1)} at the start of the run, ${loadavg()[0].toFixed(1)} at the end), Node ${process.versions.node}.

| corpus | size | measure | median wall (range); median CPU | result |
| --- | --- | --- | --- | --- |
${rows.join("\n")}

Reading the numbers: wall time follows the machine's load (compare it with the CPU column). The generated corpus has
few terms (its notes reuse one small vocabulary), so its deck is small; the cost of \`createDeck\` and
\`learningPath\` there is mostly building the graph query's indexes and reading order over ~10,000 nodes and ~90,000 edges,
which both share when given the same graph object (\`queryFor\` in \`src/query-cache.ts\`). \`mergeProgress\` replays
the whole log through FSRS. The site's \`/study/\` page JS is measured separately (\`## Site\`, study page).
`
writeSection(fileURLToPath(new URL("../../../docs/benchmarks.md", import.meta.url)), "## Study", body)
