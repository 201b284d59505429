// Index-only latency in a fresh process that holds nothing but the index, as the web app
// and the TUI do: `node latency-child.mjs INDEX_JSON` prints the latency figures as JSON.
import { readFileSync } from "node:fs"
import { loadSearchIndex } from "../dist/index.js"
import { measureLatency } from "./latency.mjs"
import { loadQueries } from "./relevance.mjs"

const start = performance.now()
const engine = loadSearchIndex(JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")))
const loadMs = performance.now() - start
const latency = measureLatency(
  (q) => engine.search(q),
  loadQueries().map((q) => q.query),
  50,
)
console.log(JSON.stringify({ loadMs, ...latency }))
