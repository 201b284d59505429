/** The checker the property tests rely on must itself catch broken graphs, or they prove nothing. */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { findGraphProblems } from "../../src/invariants.ts"

const files = { "a.md": "# a\n\n## 1. x\n\n## 1-1) y\n\n![p](none.png)\n" }
const { graph } = await buildGraph(createMemorySource(files))
const clone = (): Graph => structuredClone(graph)

describe("the graph checker", () => {
  it("should pass a sound graph", () => {
    expect(findGraphProblems(graph, files)).toEqual([])
  })

  it("should catch a duplicate id, a dangling edge and a contains cycle", () => {
    const g = clone()
    const first = g.nodes[0]
    if (first) g.nodes.push(first)
    g.edges.push({ from: "topic:a#1-x", to: "topic:none", kind: "links" })
    g.edges.push({ from: "topic:a#1-1-y", to: "note:a", kind: "contains" })
    expect(findGraphProblems(g, files).length).toBeGreaterThanOrEqual(3)
  })

  it("should catch a diagnostic that points outside its file", () => {
    const g = clone()
    g.diagnostics.push({
      file: "a.md",
      line: 99,
      column: 1,
      rule: "broken-link",
      severity: "warning",
      message: "m",
    })
    g.diagnostics.push({
      file: "a.md",
      line: 1,
      column: 40,
      rule: "broken-link",
      severity: "warning",
      message: "m",
    })
    g.diagnostics.push({
      file: "gone.md",
      line: 1,
      column: 1,
      rule: "broken-link",
      severity: "warning",
      message: "m",
    })
    expect(findGraphProblems(g, files).filter((p) => !p.startsWith("schema"))).toHaveLength(3)
  })

  it("should catch a script URL as a resource and a traversal as an asset", () => {
    const g = clone()
    g.nodes.push({
      id: "resource:javascript:x",
      kind: "resource",
      title: "x",
      url: "javascript:x",
      host: "x",
    })
    g.nodes.push({ id: "asset:../x.png", kind: "asset", title: "x", path: "../x.png", exists: false })
    const problems = findGraphProblems(g, files)
    expect(problems.filter((p) => p.startsWith("resource with an unsafe URL"))).toHaveLength(1)
    expect(problems.filter((p) => p.startsWith("asset with an unsafe path"))).toHaveLength(1)
  })
})
