// Search latency with the graph in the same process (the TUI and the site's build hold both),
// for one checkout: its core builds the graph of CORPUS from the warm analysis cache CACHE,
// its search builds the index, then the 66 relevance queries run as in run.mjs (snippets read
// from the graph). Run it for two checkouts one after the other to compare them:
//   node packages/search/bench/same-process.mjs ROOT CORPUS CACHE
// Prints one JSON line: p50/p95/max in ms, CPU time and garbage collection pauses of the
// query phase, the heap used, the graph's JSON size. Before and after in one run, interleaved:
// same-process-side-by-side.mjs.
import { join, resolve } from "node:path"
import { PerformanceObserver } from "node:perf_hooks"
import { pathToFileURL } from "node:url"
import { measureLatency } from "./latency.mjs"
import { loadQueries } from "./relevance.mjs"

const [root, corpus, cache] = process.argv.slice(2).map((arg) => resolve(arg))
const load = (path) => import(pathToFileURL(join(root, path)).href)
const core = await load("packages/core/dist/index.js")
const search = await load("packages/search/dist/index.js")
const built = await core.createDirBuilder({ cache }).build(await core.readContentDir(corpus))
// Schema 2 builds return { graph, bodies }; schema 1 returned the graph itself.
const graph = built.graph ?? built
const engine = search.loadSearchIndex(search.buildSearchIndex(graph), { graph })
globalThis.gc?.()
// Garbage collection pauses while the queries run (the cause of the p95 with a large heap).
const pauses = []
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push(entry.duration)
})
observer.observe({ entryTypes: ["gc"] })
const cpuBefore = process.cpuUsage()
const latency = measureLatency(
  (query) => engine.search(query),
  loadQueries().map((q) => q.query),
)
const cpu = process.cpuUsage(cpuBefore)
await new Promise((done) => setTimeout(done, 50))
observer.disconnect()
console.log(
  JSON.stringify({
    root,
    ...latency,
    queryCpuMs: (cpu.user + cpu.system) / 1000,
    gcPauses: pauses.length,
    gcMs: pauses.reduce((sum, ms) => sum + ms, 0),
    heapUsedMB: process.memoryUsage().heapUsed / 1e6,
    graphJsonMB: JSON.stringify(graph).length / 1e6,
  }),
)
