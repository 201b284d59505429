import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { encodeGraph, type Graph, getBodyFileName } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { UsageError } from "../src/cli/usage-error.ts"
import { createFileBodies } from "../src/source/bodies.ts"
import { loadGraphFrom, readGraphFile } from "../src/source/load-graph.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"

async function setUp(graph?: Graph) {
  const dir = mkdtempSync(join(tmpdir(), "kn-graph-file-"))
  const file = join(dir, "graph.json")
  const decoded = graph ?? (await loadPackagedGraph()).graph
  // graph.json as `kube-notes build` writes it; `graph` is what reading it must give back.
  const text = JSON.stringify(encodeGraph(decoded))
  writeFileSync(file, text)
  return { dir, file, graph: decoded }
}

describe("reading a graph.json", () => {
  it("should give back the graph it was built from, decoded from the compact file", async () => {
    const { file, graph } = await setUp()
    expect(await readGraphFile(file)).toEqual(graph)
  })

  it("should say the file is not a graph, not crash, for plain JSON or a schema-1 graph", async () => {
    const { dir, file } = await setUp()
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, nodes: [], edges: [], diagnostics: [] }))
    await expect(loadGraphFrom({ graph: file, cwd: dir })).rejects.toBeInstanceOf(UsageError)
    writeFileSync(file, "{not json")
    await expect(readGraphFile(file)).rejects.toBeInstanceOf(UsageError)
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
