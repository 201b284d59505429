/** The built graph in dist/ (turbo's `test` depends on `build`; locally: `pnpm -F @kube-notes/content build`). */
import { readFile } from "node:fs/promises"
import { validateGraphFile, validateNoteBodies } from "@kube-notes/core/schema"
import { type AssetNode, decodeGraph, type Graph, getBodyFileName } from "@kube-notes/graph"
import { beforeAll, describe, expect, it } from "vitest"
import { getTopicBody, loadNoteBodies } from "../src/bodies.ts"
import { distRoot } from "./helpers/paths.ts"

let file: unknown
let graph: Graph

beforeAll(async () => {
  const text = await readFile(`${distRoot}graph.json`, "utf8").catch(() => {
    throw new Error("content/dist/graph.json is missing: run `pnpm -F @kube-notes/content build` first")
  })
  file = JSON.parse(text)
  graph = decodeGraph(file)
})

describe("content/dist/graph.json", () => {
  it("should validate against the graph schema, as written and as decoded", () => {
    expect(validateGraphFile(file)).toEqual([])
  })

  it("should show the cluster diagram as an asset that exists", () => {
    const asset = graph.nodes.find(
      (n): n is AssetNode => n.kind === "asset" && n.path === "images/clusterDiagram.PNG",
    )
    expect(asset).toMatchObject({ kind: "asset", path: "images/clusterDiagram.PNG", exists: true })
    expect(graph.edges).toContainEqual(expect.objectContaining({ kind: "shows", to: asset?.id }))
  })

  it("should carry no error diagnostics", () => {
    expect(graph.diagnostics.filter((d) => d.severity === "error")).toEqual([])
  })

  it("should keep every note's bodies in its own valid file, one body per topic", async () => {
    for (const note of graph.nodes.filter((n) => n.kind === "note")) {
      const bodies = JSON.parse(await readFile(`${distRoot}${getBodyFileName(note.id)}`, "utf8"))
      expect(validateNoteBodies(bodies)).toEqual([])
      const topics = graph.nodes.filter((n) => n.kind === "topic" && n.note === note.id).map((n) => n.id)
      expect(Object.keys(bodies.bodies).sort()).toEqual([note.id, ...topics].sort())
    }
  })

  it("should read a topic's body synchronously through the package API", () => {
    const topic = graph.nodes.find((n) => n.kind === "topic" && n.number === "1-1")
    const body = getTopicBody(topic?.id ?? "")
    expect(body?.type).toBe("root")
    expect(JSON.stringify(body)).toContain('"type":"termMention"')
    expect(loadNoteBodies("note:no-such-note")).toBeUndefined()
    expect(getTopicBody("term:kubelet")).toBeUndefined()
  })

  it("should not list the diagram's SVG source as content", () => {
    expect(graph.nodes.filter((n) => JSON.stringify(n).includes("clusterDiagram.svg"))).toEqual([])
  })
})
