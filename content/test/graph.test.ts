/** The built graph in dist/ (turbo's `test` depends on `build`; locally: `pnpm -F @kube-notes/content build`). */
import { readFile } from "node:fs/promises"
import { validateGraph } from "@kube-notes/core/schema"
import type { AssetNode, Graph } from "@kube-notes/graph"
import { beforeAll, describe, expect, it } from "vitest"
import { distRoot } from "./helpers/paths.ts"

let graph: Graph

beforeAll(async () => {
  const text = await readFile(`${distRoot}graph.json`, "utf8").catch(() => {
    throw new Error("content/dist/graph.json is missing: run `pnpm -F @kube-notes/content build` first")
  })
  graph = JSON.parse(text) as Graph
})

describe("content/dist/graph.json", () => {
  it("should validate against the graph schema", () => {
    expect(validateGraph(graph)).toEqual([])
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

  it("should not list the diagram's SVG source as content", () => {
    expect(graph.nodes.filter((n) => JSON.stringify(n).includes("clusterDiagram.svg"))).toEqual([])
  })
})
