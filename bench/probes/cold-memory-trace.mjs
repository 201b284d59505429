/**
 * One cold build the way `kube-notes build --no-cache` makes it (buildGraphFromDir without a
 * cache: read the folder, analyse on every core, assemble; then writeGraphOutput), with marks at each phase: printed to stderr as
 * JSON lines `{"mark": name, "at": Date.now(), …}` with the main thread's heap at that moment,
 * so a parent sampling this process's RSS (bench/cold-memory-phases.mjs) can say in which
 * phase the peak came and what the heap held then.
 *   node probes/cold-memory-trace.mjs DIR OUT [CORE_DIST]
 * Writing is marked through node:fs/promises: the first write of graph.json, of
 * first-screen.json, of a bodies file, and of bodies/index.json.
 * KUBE_NOTES_SNAPSHOT_AT=NAME writes a heap snapshot (into the current folder) at that mark.
 */
import fs, { rmSync } from "node:fs"
import { syncBuiltinESMExports } from "node:module"
import { basename, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import v8 from "node:v8"
import { Worker } from "node:worker_threads"

const [dir, out, coreDist] = process.argv.slice(2)
const snapshotAt = process.env.KUBE_NOTES_SNAPSHOT_AT

const mark = (name) => {
  const heap = v8.getHeapStatistics()
  const memory = process.memoryUsage()
  const usage = process.resourceUsage()
  const mb = (n) => Math.round(n / 2 ** 20)
  process.stderr.write(
    `${JSON.stringify({
      mark: name,
      at: Date.now(),
      heapUsedMB: mb(heap.used_heap_size),
      heapTotalMB: mb(heap.total_heap_size),
      externalMB: mb(memory.external),
      arrayBuffersMB: mb(memory.arrayBuffers),
      rssMB: mb(memory.rss),
      // The kernel's high-water mark so far (every thread), and CPU so far.
      maxRssMB: Math.round(usage.maxRSS / 1024),
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    })}\n`,
  )
  if (name === snapshotAt) {
    const file = v8.writeHeapSnapshot()
    process.stderr.write(`${JSON.stringify({ snapshot: resolve(file) })}\n`)
  }
}

// Marks inside writeGraphOutput without changing it: the first write of each kind of file.
const seen = new Set()
const writeFile = fs.promises.writeFile
fs.promises.writeFile = (file, ...rest) => {
  const name = String(file)
  const kind =
    basename(name) === "graph.json"
      ? "write graph.json"
      : basename(name) === "first-screen.json"
        ? "write first-screen.json"
        : basename(name) === "index.json"
          ? "write bodies/index.json"
          : "write first bodies file"
  if (!seen.has(kind)) {
    seen.add(kind)
    mark(kind)
  }
  return writeFile(file, ...rest)
}
syncBuiltinESMExports()

// The end of the analysis: the worker pool stops its workers once the last analysis is in (or,
// with workers that build fragments too, asks them for those first). Fragment workers
// (held-fragments.ts) stop once their fragments are in.
let analysed = false
const postMessage = Worker.prototype.postMessage
Worker.prototype.postMessage = function (message, ...rest) {
  if (message?.context !== undefined && !analysed) {
    analysed = true
    mark("analysed (fragments asked)")
  }
  return postMessage.call(this, message, ...rest)
}
const terminate = Worker.prototype.terminate
Worker.prototype.terminate = function (...args) {
  return terminate.apply(this, args).then((code) => {
    if (!analysed) {
      analysed = true
      mark("analysed (workers stopped)")
    } else if (!seen.has("fragments")) {
      seen.add("fragments")
      mark("worker's fragments in (workers stopped)")
    }
    return code
  })
}

mark("start")
const core = await import(
  coreDist ? pathToFileURL(join(resolve(coreDist), "index.js")).href : "@kube-notes/core"
)
rmSync(out, { recursive: true, force: true })
mark("core loaded")
// As the CLI does: nothing else holds the builder once the build returns.
const built = await core.buildGraphFromDir(dir, { cache: false })
mark("assembled")
await core.writeGraphOutput(out, built)
mark("written")
