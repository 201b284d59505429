/**
 * One graph build (or its floors) in this process, as one JSON line:
 *   node probes/build.mjs MODE DIR [CACHE_DIR]
 * MODE: read (read the files only), bare (read, then bare remark + GFM parse of each note,
 * one thread), single (core, one thread, no cache), pool (core, worker threads, no cache),
 * prime (core, worker threads, writing an emptied disk cache), warm (core, from that cache).
 */
import { createHash } from "node:crypto"
import { rmSync } from "node:fs"
import { createDirBuilder, readContentDir } from "@kube-notes/core"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"

const [mode, dir, cacheDir] = process.argv.slice(2)
const cpuBefore = process.cpuUsage()
const started = performance.now()
const source = await readContentDir(dir)
const readMs = performance.now() - started
const bytes = source.notes.reduce((sum, file) => sum + file.bytes.length, 0)
let built

if (mode === "bare") {
  const processor = unified().use(remarkParse).use(remarkGfm).freeze()
  const decoder = new TextDecoder()
  for (const file of source.notes) processor.parse(decoder.decode(file.bytes))
} else if (mode !== "read") {
  if (mode === "prime") rmSync(cacheDir, { recursive: true, force: true })
  const options =
    mode === "single"
      ? { cache: false, threads: 1 }
      : mode === "pool"
        ? { cache: false }
        : { cache: cacheDir }
  built = await createDirBuilder(options).build(source)
}

const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
const usage = process.resourceUsage()
const result = {
  mode,
  notes: source.notes.length,
  bytes,
  readMs,
  workMs: wallMs - readMs,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssMB: usage.maxRSS / 1024,
}
if (built) {
  // After the figures: hashing the whole graph and its bodies must not count towards them.
  const { graph, bodies } = built
  const json = JSON.stringify(graph)
  const hash = createHash("sha1").update(json)
  let bodiesBytes = 0
  for (const node of graph.nodes) {
    if (node.kind !== "note") continue
    const text = JSON.stringify(bodies.getNoteBodies(node.id))
    bodiesBytes += Buffer.byteLength(text)
    hash.update(text)
  }
  result.graph = {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    diagnostics: graph.diagnostics.length,
    jsonMB: Buffer.byteLength(json) / 1024 / 1024,
    bodiesMB: bodiesBytes / 1024 / 1024,
    sha1: hash.digest("hex"),
  }
}
console.log(JSON.stringify(result))
