/**
 * One cold build the way `kube-notes build --no-cache` makes it (buildGraphFromDir, then
 * writeGraphOutput), with where its time and memory went on the main thread:
 *   node probes/cold-memory.mjs DIR OUT [CORE_DIST]
 * CORE_DIST: a built `packages/core/dist` folder to run (default: this checkout's core), so two
 * builds of core can be compared in one run. Prints one JSON line: wall, CPU, peak RSS, the
 * main thread's garbage collections (count and ms, minor and major), and heap and RSS at the
 * end of each phase.
 */
import { rmSync } from "node:fs"
import { join, resolve } from "node:path"
import { constants, PerformanceObserver } from "node:perf_hooks"
import { pathToFileURL } from "node:url"

const [dir, out, coreDist] = process.argv.slice(2)
const core = await import(
  coreDist ? pathToFileURL(join(resolve(coreDist), "index.js")).href : "@kube-notes/core"
)
rmSync(out, { recursive: true, force: true })

const gc = { minor: { count: 0, ms: 0 }, major: { count: 0, ms: 0 } }
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR ? gc.minor : gc.major
    kind.count++
    kind.ms += entry.duration
  }
})
observer.observe({ entryTypes: ["gc"] })

const cpuBefore = process.cpuUsage()
const started = performance.now()
const phases = []
const mark = (name) => {
  const m = process.memoryUsage()
  phases.push({
    name,
    ms: Math.round(performance.now() - started),
    heapMB: Math.round(m.heapUsed / 2 ** 20),
    rssMB: Math.round(m.rss / 2 ** 20),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })
}
const built = await core.buildGraphFromDir(dir, { cache: false })
mark("built")
await core.writeGraphOutput(out, built)
mark("written")
const cpu = process.cpuUsage(cpuBefore)
// GC entries arrive on a later tick.
await new Promise((done) => setTimeout(done, 50))
observer.disconnect()
console.log(
  JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    gc: {
      minor: { count: gc.minor.count, ms: Math.round(gc.minor.ms) },
      major: { count: gc.major.count, ms: Math.round(gc.major.ms) },
    },
    phases,
  }),
)
