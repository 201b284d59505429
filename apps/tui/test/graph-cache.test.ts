import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import {
  type GraphFileKey,
  graphCacheFile,
  readGraphCache,
  writeGraphCache,
} from "../src/source/graph-cache.ts"
import { readGraphFile } from "../src/source/load-graph.ts"
import { parseGraphBytes } from "../src/source/parse-graph-lazily.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"

const isLazy = (node: object) => typeof Object.getOwnPropertyDescriptor(node, "mdast")?.get === "function"

async function setUp(graph?: Graph) {
  const dir = mkdtempSync(join(tmpdir(), "kn-graph-cache-"))
  const file = join(dir, "graph.json")
  const text = JSON.stringify(graph ?? (await loadPackagedGraph()))
  writeFileSync(file, text)
  const info = statSync(file)
  const key: GraphFileKey = { path: file, size: info.size, mtimeMs: info.mtimeMs }
  const bytes = readFileSync(file)
  const cacheFile = graphCacheFile({ XDG_CACHE_HOME: join(dir, "cache") }, file)
  return { dir, file, text, key, bytes, cacheFile }
}

describe("the reader's graph cache", () => {
  it("should give back the same graph it was written from, mdast still lazy", async () => {
    const { text, key, bytes, cacheFile } = await setUp()
    const parsed = parseGraphBytes(bytes)
    await writeGraphCache(cacheFile, key, parsed.value as Graph, parsed.ranges)
    expect(cacheFile).toContain(join("cache", "kube-notes", "reader"))
    // The cache holds no mdast: it stays in graph.json.
    const stored = JSON.parse(readFileSync(cacheFile, "utf8")) as { graph: Graph }
    expect(stored.graph.nodes.filter((node) => "mdast" in node)).toEqual([])
    const cached = await readGraphCache(cacheFile, key, bytes)
    expect(cached).toBeDefined()
    expect(cached?.nodes.filter(isLazy).length).toBe(parsed.ranges.length)
    expect(cached).toEqual(JSON.parse(text))
  })

  it("should not read the lazy trees while writing", async () => {
    const { key, bytes, cacheFile } = await setUp()
    const parsed = parseGraphBytes(bytes)
    const graph = parsed.value as Graph
    await writeGraphCache(cacheFile, key, graph, parsed.ranges)
    expect(graph.nodes.filter(isLazy).length).toBe(parsed.ranges.length)
  })

  it("should ignore a cache written for another size, mtime or path", async () => {
    const { key, bytes, cacheFile } = await setUp()
    const parsed = parseGraphBytes(bytes)
    await writeGraphCache(cacheFile, key, parsed.value as Graph, parsed.ranges)
    expect(await readGraphCache(cacheFile, { ...key, size: key.size + 1 }, bytes)).toBeUndefined()
    expect(await readGraphCache(cacheFile, { ...key, mtimeMs: key.mtimeMs + 1 }, bytes)).toBeUndefined()
    expect(await readGraphCache(cacheFile, { ...key, path: `${key.path}x` }, bytes)).toBeUndefined()
  })

  it("should ignore a damaged cache: not JSON, indexes out of range, ranges off the bytes", async () => {
    const { key, bytes, cacheFile } = await setUp()
    const parsed = parseGraphBytes(bytes)
    await writeGraphCache(cacheFile, key, parsed.value as Graph, parsed.ranges)
    const good = JSON.parse(readFileSync(cacheFile, "utf8"))
    writeFileSync(cacheFile, "{not json")
    expect(await readGraphCache(cacheFile, key, bytes)).toBeUndefined()
    writeFileSync(cacheFile, JSON.stringify({ ...good, edges: [0, 99999, 0] }))
    expect(await readGraphCache(cacheFile, key, bytes)).toBeUndefined()
    const shifted = good.mdast.map((n: number, i: number) => (i % 3 === 1 ? n + 1 : n))
    writeFileSync(cacheFile, JSON.stringify({ ...good, mdast: shifted }))
    expect(await readGraphCache(cacheFile, key, bytes)).toBeUndefined()
  })

  it("should write nothing after a full-parse fallback (the mdast would be lost)", async () => {
    const graph = await buildFromFiles({
      "fm.md": "---\nmdast:\n  type: root\n---\n# Front matter\n\n## 1) Topic\n\nBody.\n",
    })
    const { key, bytes, cacheFile } = await setUp(graph)
    const parsed = parseGraphBytes(bytes)
    expect(parsed.ranges).toEqual([])
    await writeGraphCache(cacheFile, key, parsed.value as Graph, parsed.ranges)
    expect(existsSync(cacheFile)).toBe(false)
  })

  it("should be written by readGraphFile after the load and used by the next one", async () => {
    const { dir, file, text } = await setUp()
    const env = { XDG_CACHE_HOME: join(dir, "cache") }
    const cacheFile = graphCacheFile(env, file)
    expect(await readGraphFile(file, env)).toEqual(JSON.parse(text))
    for (let waited = 0; !existsSync(cacheFile) && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(existsSync(cacheFile)).toBe(true)
    // Prove the second read comes from the cache: mark the cached graph, then read again.
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"))
    cache.graph.diagnostics = [
      { file: "from-cache.md", line: 1, column: 1, rule: "x", severity: "info", message: "" },
    ]
    writeFileSync(cacheFile, JSON.stringify(cache))
    const again = await readGraphFile(file, env)
    expect(again.diagnostics[0]?.file).toBe("from-cache.md")
    expect(again.nodes).toEqual(JSON.parse(text).nodes)
    // Without the cache env (one-off commands) the cache is not consulted.
    expect((await readGraphFile(file)).diagnostics).toEqual(JSON.parse(text).diagnostics)
  })
})
