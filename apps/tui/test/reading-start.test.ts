import type { Graph } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { firstInReadingOrder } from "../src/tui/reading-start.ts"
import { buildFixture, loadPackagedGraph } from "./helpers/graphs.ts"

describe("firstInReadingOrder", () => {
  it("should be the first node of getReadingOrder on the packaged notes and a folder of notes", async () => {
    for (const { graph } of [await loadPackagedGraph(), await buildFixture("clean")]) {
      const query = createGraphQuery(graph)
      expect(query.getReadingOrder().length).toBeGreaterThan(1)
      expect(firstInReadingOrder(query)?.id).toBe(query.getReadingOrder()[0]?.id)
    }
  })

  it("should skip nodes that only sit inside a chain, even when they come first in the graph", () => {
    const node = (id: string) => ({ id, kind: "note", title: id, path: `${id}.md`, frontmatter: {} })
    const graph = {
      schemaVersion: 2,
      nodes: [node("note:b"), node("note:lonely"), node("note:a")],
      edges: [{ from: "note:a", to: "note:b", kind: "next" }],
      diagnostics: [],
    } as unknown as Graph
    const query = createGraphQuery(graph)
    expect(query.getReadingOrder().map((n) => n.id)).toEqual(["note:a", "note:b"])
    expect(firstInReadingOrder(query)?.id).toBe("note:a")
    expect(firstInReadingOrder(createGraphQuery({ ...graph, edges: [] }))).toBeUndefined()
  })
})
