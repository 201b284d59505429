// pnpm -F @kube-notes/search bench: relevance (ours vs MiniSearch defaults), latency and
// index size on the original notes and on a generated 5,000-note corpus.
// Options: --size N (default 5000), --skip-corpus; --notes DIR and --queries FILE judge relevance
// on another notes folder (e.g. core's style corpus) with its own query file; --compare-with DIST
// also measures another build of this package (its dist folder) on the same corpora, index only.
import { execFileSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"
import { buildGraphFromDir } from "@kube-notes/core"
import { buildSearchIndex, loadSearchIndex } from "../dist/index.js"
import { ensureCorpus, markdownBytes } from "./corpus.mjs"
import { measureLatency } from "./latency.mjs"
import { measureLoanwords } from "./loanwords.mjs"
import { createMiniSearch } from "./minisearch-baseline.mjs"
import { evaluate, loadQueries } from "./relevance.mjs"

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const size = Number(args[args.indexOf("--size") + 1]) || 5000
const cacheDir = fileURLToPath(new URL("../node_modules/.cache/kube-notes-bench/", import.meta.url))
const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url))
const notesDir = option("--notes") ?? contentDir
const queriesFile = option("--queries")
if ((option("--notes") === undefined) !== (queriesFile === undefined)) {
  console.error("--notes DIR and --queries FILE go together: queries are judged on one notes folder.")
  process.exit(2)
}
const queries = loadQueries(queriesFile)
const pct = (x) => `${(x * 100).toFixed(1)}%`
const ms = (x) => `${x.toFixed(3)} ms`

const compareWith = option("--compare-with")
const other = compareWith ? await import(pathToFileURL(`${resolve(compareWith)}/index.js`).href) : undefined

/** Index-only latency in a child process that holds nothing but the parsed index (browser, TUI). */
function childLatency(file, engineDist) {
  const script = fileURLToPath(new URL("latency-child.mjs", import.meta.url))
  const argv = engineDist ? [script, file, resolve(engineDist)] : [script, file]
  return JSON.parse(execFileSync(process.execPath, argv, { encoding: "utf8" }))
}

function measureScale(label, graph, markdown, buildMs) {
  const json = buildSearchIndex(graph)
  const text = JSON.stringify(json)
  const raw = Buffer.byteLength(text)
  const gzip = gzipSync(text).length
  const file = join(cacheDir, `index-${label.replace(/\W+/g, "-")}.json`)
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(file, text)
  const child = childLatency(file)
  let compared
  if (other) {
    const otherFile = file.replace(/\.json$/, "-compared.json")
    writeFileSync(otherFile, JSON.stringify(other.buildSearchIndex(graph)))
    compared = childLatency(otherFile, compareWith)
  }
  const full = loadSearchIndex(json, { graph })
  const withSnippets = measureLatency(
    (q) => full.search(q),
    queries.map((q) => q.query),
  )
  const { loadMs, ...indexOnly } = child
  return {
    label,
    docs: json.docs.length,
    notes: markdown.files,
    buildMs,
    loadMs,
    raw,
    gzip,
    markdown,
    withSnippets,
    indexOnly,
    pruned: json.pruned.length,
    compared,
  }
}

const { graph: original } = await buildGraphFromDir(contentDir)
const judged = notesDir === contentDir ? original : (await buildGraphFromDir(notesDir)).graph
const ours = loadSearchIndex(buildSearchIndex(judged), { graph: judged })
const relevance = {
  ours: evaluate(queries, (q) => ours.search(q, { limit: 10 }).map((r) => r.id)),
  minisearch: evaluate(queries, createMiniSearch(judged)),
}
const scales = [measureScale("original notes", original, markdownBytes(contentDir, original), 0)]
if (!args.includes("--skip-corpus") && queriesFile === undefined) {
  const dir = ensureCorpus(size)
  const start = performance.now()
  const { graph } = await buildGraphFromDir(dir)
  const graphMs = performance.now() - start
  const t = performance.now()
  buildSearchIndex(graph)
  scales.push(
    measureScale(`${size} generated notes`, graph, markdownBytes(dir, graph), performance.now() - t),
  )
  console.log(`(graph of the generated corpus built by core in ${(graphMs / 1000).toFixed(1)} s)`)
}

console.log(
  `\n### Relevance (${queries.length} queries, ${queriesFile ?? "relevance/queries.json"}, notes in ${notesDir})\n`,
)
console.log("| engine | hit@1 | hit@3 | MRR |\n|---|---|---|---|")
for (const [name, r] of Object.entries(relevance)) {
  console.log(
    `| ${name === "ours" ? "@kube-notes/search" : "MiniSearch 7 (defaults)"} | ${pct(r.all.hit1)} | ${pct(r.all.hit3)} | ${r.all.mrr.toFixed(3)} |`,
  )
}
console.log(
  "\n| rule | n | ours hit@3 | ours MRR | MiniSearch hit@3 | MiniSearch MRR |\n|---|---|---|---|---|---|",
)
for (const [rule, r] of Object.entries(relevance.ours.byRule)) {
  const m = relevance.minisearch.byRule[rule]
  console.log(
    `| ${rule} | ${r.n} | ${pct(r.hit3)} | ${r.mrr.toFixed(3)} | ${pct(m.hit3)} | ${m.mrr.toFixed(3)} |`,
  )
}
if (relevance.ours.misses.length > 0) {
  console.log("\nOur misses (rank 0 = not in the first 10):")
  for (const m of relevance.ours.misses)
    console.log(`- \`${m.query}\` (${m.rule}): rank ${m.rank}, top ${m.top ?? "none"}`)
}
const loanwords = measureLoanwords()
console.log(`\n### Loanword phonetic key (${loanwords.pairs} pairs, relevance/loanword-pairs.json)\n`)
console.log(
  `precision ${pct(loanwords.precision)}, recall ${pct(loanwords.recall)} (true matches ${loanwords.tp}, false matches ${loanwords.fp}, missed ${loanwords.fn}, correctly apart ${loanwords.tn})`,
)
console.log("\n### Latency and size\n")
console.log(
  "| corpus | docs | index build | index load | p50 / p95, index only (fresh process) | p50 / p95, index + graph for snippets (same process as the graph) | index raw | index gzip | Markdown gzip | index / Markdown (gzip) | words pruned from bodies |",
)
console.log("|---|---|---|---|---|---|---|---|---|---|---|")
for (const s of scales) {
  console.log(
    `| ${s.label} | ${s.docs} | ${s.buildMs ? `${(s.buildMs / 1000).toFixed(1)} s` : "-"} | ${ms(s.loadMs)} | ${ms(s.indexOnly.p50)} / ${ms(s.indexOnly.p95)} | ${ms(s.withSnippets.p50)} / ${ms(s.withSnippets.p95)} | ${s.raw} B | ${s.gzip} B | ${s.markdown.gzip} B | ${pct(s.gzip / s.markdown.gzip)} | ${s.pruned} |`,
  )
}
if (other) {
  console.log(`\nCompared with ${compareWith} (index only, fresh process, same queries):\n`)
  console.log("| corpus | this build p50 / p95 | compared build p50 / p95 |\n|---|---|---|")
  for (const s of scales.filter((scale) => scale.compared)) {
    console.log(
      `| ${s.label} | ${ms(s.indexOnly.p50)} / ${ms(s.indexOnly.p95)} | ${ms(s.compared.p50)} / ${ms(s.compared.p95)} |`,
    )
  }
}
