import { readFileSync } from "node:fs"
import { encodeGraph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { toGraphJsonSchema } from "../src/schema/graph-file-schema.ts"
import { checkInvariants, validateGraph, validateGraphFile } from "../src/schema/validate.ts"
import { build, buildOriginal } from "./helpers.ts"

describe("the graph schema", () => {
  it("should match the committed JSON Schema (regenerate with `pnpm -F @kube-notes/core schema`)", () => {
    const committed = JSON.parse(readFileSync(new URL("../graph.schema.json", import.meta.url), "utf8"))
    const { $id: _id, ...rest } = committed
    expect(rest).toEqual(toGraphJsonSchema())
  })

  it("should validate the original note's graph", async () => {
    expect(validateGraph(await buildOriginal())).toEqual([])
  })

  it("should validate the original note's graph as graph.json writes it", async () => {
    const file = JSON.parse(JSON.stringify(encodeGraph(await buildOriginal())))
    expect(validateGraphFile(file)).toEqual([])
  })

  it("should reject graph.json with an edge past the nodes, or written the way schema 1 was", async () => {
    const graph = await build({ "a.md": "# a\n\n## 1. x\n" })
    const file = encodeGraph(graph)
    const past = { ...file, edges: [...file.edges, 0, 0, 1, file.nodes.length] }
    expect(validateGraphFile(past).map((p) => p.message)).toEqual([expect.stringMatching(/names no node/)])
    expect(validateGraphFile(graph).length).toBeGreaterThan(0)
  })

  it("should reject a graph with a dangling edge or a duplicate id", async () => {
    const graph = await build({ "a.md": "# a\n\n## 1. x\n" })
    const broken = {
      ...graph,
      edges: [...graph.edges, { from: "note:a", to: "term:nowhere", kind: "mentions" as const }],
    }
    expect(checkInvariants(broken).map((p) => p.message)).toEqual(["edge ends at a missing node"])
    const doubled = { ...graph, nodes: [...graph.nodes, graph.nodes[0]] }
    expect(validateGraph(doubled).map((p) => p.message)).toContain("duplicate node id")
  })

  it("should reject a node of an unknown kind", async () => {
    const graph = await build({ "a.md": "# a\n" })
    const bad = { ...graph, nodes: [{ id: "x:1", kind: "mystery", title: "?" }] }
    expect(validateGraph(bad).length).toBeGreaterThan(0)
  })
})
