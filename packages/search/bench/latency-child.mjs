// Index-only latency in a fresh process that holds nothing but the index, as the web app
// and the TUI do: `node latency-child.mjs INDEX_JSON [ENGINE_DIST]` prints the latency figures
// as JSON. ENGINE_DIST (default ../dist) is another build of this package, for before/after.
import { readFileSync } from "node:fs"
import { pathToFileURL } from "node:url"
import { measureLatency } from "./latency.mjs"
import { loadQueries } from "./relevance.mjs"

const { loadSearchIndex } = await import(
  process.argv[3] ? pathToFileURL(`${process.argv[3]}/index.js`).href : "../dist/index.js"
)
const start = performance.now()
const engine = loadSearchIndex(JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")))
const loadMs = performance.now() - start
const latency = measureLatency(
  (q) => engine.search(q),
  loadQueries().map((q) => q.query),
  50,
)
console.log(JSON.stringify({ loadMs, ...latency }))
