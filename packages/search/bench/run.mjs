// pnpm -F @kube-notes/search bench: relevance (ours vs MiniSearch defaults), latency and
// index size on the original notes and on a generated 5,000-note corpus.
// Options: --size N (default 5000), --skip-corpus.
import { execFileSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { buildGraphFromDir } from "@kube-notes/core"
import { buildSearchIndex, loadSearchIndex } from "../dist/index.js"
import { ensureCorpus, markdownBytes } from "./corpus.mjs"
import { measureLatency } from "./latency.mjs"
import { createMiniSearch } from "./minisearch-baseline.mjs"
import { evaluate, loadQueries } from "./relevance.mjs"

const args = process.argv.slice(2)
const size = Number(args[args.indexOf("--size") + 1]) || 5000
const cacheDir = fileURLToPath(new URL("../node_modules/.cache/kube-notes-bench/", import.meta.url))
const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url))
const queries = loadQueries()
const pct = (x) => `${(x * 100).toFixed(1)}%`
const ms = (x) => `${x.toFixed(3)} ms`

function measureScale(label, graph, markdown, buildMs) {
  const json = buildSearchIndex(graph)
  const text = JSON.stringify(json)
  const raw = Buffer.byteLength(text)
  const gzip = gzipSync(text).length
  // Index only: a child process that holds nothing but the parsed index (browser, TUI).
  const file = join(cacheDir, `index-${label.replace(/\W+/g, "-")}.json`)
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(file, text)
  const child = JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL("latency-child.mjs", import.meta.url)), file], {
      encoding: "utf8",
    }),
  )
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
  }
}

const { graph: original } = await buildGraphFromDir(contentDir)
const ours = loadSearchIndex(buildSearchIndex(original), { graph: original })
const relevance = {
  ours: evaluate(queries, (q) => ours.search(q, { limit: 10 }).map((r) => r.id)),
  minisearch: evaluate(queries, createMiniSearch(original)),
}
const scales = [measureScale("original notes", original, markdownBytes(contentDir, original), 0)]
if (!args.includes("--skip-corpus")) {
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

console.log(`\n### Relevance (${queries.length} queries, relevance/queries.json)\n`)
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
