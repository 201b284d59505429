import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { encodeGraph, type Graph, getBodyFileName } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { createFileBodies } from "../src/source/bodies.ts"
import {
  type GraphFileKey,
  graphCacheFile,
  readGraphCache,
  writeGraphCache,
} from "../src/source/graph-cache.ts"
import { loadGraphFrom, readGraphFile } from "../src/source/load-graph.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"

async function setUp(graph?: Graph) {
  const dir = mkdtempSync(join(tmpdir(), "kn-graph-cache-"))
  const file = join(dir, "graph.json")
  const decoded = graph ?? (await loadPackagedGraph()).graph
  // graph.json as `kube-notes build` writes it; `graph` is what reading it must give back.
  const text = JSON.stringify(encodeGraph(decoded))
  writeFileSync(file, text)
  const info = statSync(file)
  const key: GraphFileKey = { path: file, size: info.size, mtimeMs: info.mtimeMs }
  const cacheFile = graphCacheFile({ XDG_CACHE_HOME: join(dir, "cache") }, file)
  return { dir, file, graph: decoded, key, cacheFile }
}

describe("the reader's graph cache", () => {
  it("should give back the same graph it was written from, edges stored as node indexes", async () => {
    const { graph, key, cacheFile } = await setUp()
    await writeGraphCache(cacheFile, key, graph)
    expect(cacheFile).toContain(join("cache", "kube-notes", "reader"))
    const stored = JSON.parse(readFileSync(cacheFile, "utf8")) as { graph: Graph; edges: number[] }
    expect(stored.graph.edges).toEqual([])
    expect(stored.edges.every((n) => Number.isInteger(n))).toBe(true)
    expect(await readGraphCache(cacheFile, key)).toEqual(graph)
  })

  it("should ignore a cache written for another size, mtime or path", async () => {
    const { graph, key, cacheFile } = await setUp()
    await writeGraphCache(cacheFile, key, graph)
    expect(await readGraphCache(cacheFile, { ...key, size: key.size + 1 })).toBeUndefined()
    expect(await readGraphCache(cacheFile, { ...key, mtimeMs: key.mtimeMs + 1 })).toBeUndefined()
    expect(await readGraphCache(cacheFile, { ...key, path: `${key.path}x` })).toBeUndefined()
  })

  it("should ignore a damaged cache: not JSON, indexes out of range, an older version", async () => {
    const { graph, key, cacheFile } = await setUp()
    await writeGraphCache(cacheFile, key, graph)
    const good = JSON.parse(readFileSync(cacheFile, "utf8"))
    writeFileSync(cacheFile, "{not json")
    expect(await readGraphCache(cacheFile, key)).toBeUndefined()
    writeFileSync(cacheFile, JSON.stringify({ ...good, edges: [0, 99999, 0] }))
    expect(await readGraphCache(cacheFile, key)).toBeUndefined()
    writeFileSync(cacheFile, JSON.stringify({ ...good, version: 1 }))
    expect(await readGraphCache(cacheFile, key)).toBeUndefined()
  })

  it("should be written by readGraphFile after the load and used by the next one", async () => {
    const { dir, file, graph } = await setUp()
    const env = { XDG_CACHE_HOME: join(dir, "cache") }
    const cacheFile = graphCacheFile(env, file)
    expect(await readGraphFile(file, env)).toEqual(graph)
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
    expect(again.nodes).toEqual(graph.nodes)
    // Without the cache env (one-off commands) the cache is not consulted.
    expect((await readGraphFile(file)).diagnostics).toEqual(graph.diagnostics)
  })
})

describe("bodies beside a graph.json", () => {
  const files = { "a.md": "# A\n\n앞글\n\n## 1) 하나\n\n첫 본문\n", "b.md": "# B\n\n## 1) 둘\n\n둘째 본문\n" }

  it("should read a topic's body from its note's file only when the page is opened", async () => {
    const built = await buildFromFiles(files)
    const { dir, file } = await setUp(built.graph)
    mkdirSync(join(dir, "bodies"))
    const bodiesOf = (noteId: string, topicId: string) => ({
      schemaVersion: 2,
      note: noteId,
      bodies: { [noteId]: built.getBody(noteId), [topicId]: built.getBody(topicId) },
    })
    writeFileSync(join(dir, getBodyFileName("note:a")), JSON.stringify(bodiesOf("note:a", "topic:a#1-하나")))
    const { graph, getBody } = await loadGraphFrom({ graph: file, cwd: dir })
    expect(graph.nodes.find((n) => n.id === "topic:a#1-하나")).toMatchObject({ text: "첫 본문" })
    expect(JSON.stringify(getBody("topic:a#1-하나"))).toContain("첫 본문")
    expect(JSON.stringify(getBody("note:a"))).toContain("앞글")
    // b's file is missing: no body, no crash.
    expect(getBody("topic:b#1-둘")).toBeUndefined()
    expect(getBody("term:nothing")).toBeUndefined()
  })

  it("should give no body from a damaged file", async () => {
    const built = await buildFromFiles(files)
    const { dir, file } = await setUp(built.graph)
    mkdirSync(join(dir, "bodies"))
    writeFileSync(join(dir, getBodyFileName("note:a")), "{broken")
    expect(createFileBodies(file, built.graph)("topic:a#1-하나")).toBeUndefined()
  })
})
