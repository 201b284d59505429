import { describe, expect, it } from "vitest"
import { firstInReadingOrder, selectFirstScreen } from "../src/first-screen.ts"
import { createGraphQuery } from "../src/query.ts"
import type { Graph, GraphEdge, GraphNode } from "../src/types.ts"

const span = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }
const note = (key: string): GraphNode => ({
  id: `note:${key}`,
  kind: "note",
  title: key,
  path: `${key}.md`,
  frontmatter: {},
  text: `${key} 소개`,
})
const topic = (key: string, slug: string): GraphNode => ({
  id: `topic:${key}#${slug}`,
  kind: "topic",
  title: slug,
  note: `note:${key}`,
  number: slug,
  depth: 4,
  level: 1,
  slug,
  position: span,
  text: `${slug} 본문`,
})

/** 25 notes of two topics each, read in order; note k links to note k+1. */
function chain(): Graph {
  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []
  let previous: string | undefined
  for (let i = 0; i < 25; i++) {
    const key = `n${i}`
    const ids = [`note:${key}`, `topic:${key}#1`, `topic:${key}#2`]
    nodes.push(note(key), topic(key, "1"), topic(key, "2"))
    edges.push({ from: ids[0] as string, to: ids[1] as string, kind: "contains" })
    edges.push({ from: ids[0] as string, to: ids[2] as string, kind: "contains" })
    if (i < 24) edges.push({ from: ids[0] as string, to: `note:n${i + 1}`, kind: "links" })
    for (const id of ids) {
      if (previous) edges.push({ from: previous, to: id, kind: "next" })
      previous = id
    }
  }
  return { schemaVersion: 2, nodes, edges, diagnostics: [] }
}

describe("selectFirstScreen", () => {
  const graph = chain()
  const screen = selectFirstScreen(graph, () => undefined)

  it("should start where reading starts, and the subgraph should agree", () => {
    expect(screen?.start).toBe("note:n0")
    expect(firstInReadingOrder(createGraphQuery(graph))?.id).toBe("note:n0")
    const sub = createGraphQuery(screen?.graph as Graph)
    expect(firstInReadingOrder(sub)?.id).toBe("note:n0")
  })

  it("should keep every note with its first topic, the start's edges, and graph order", () => {
    const sub = screen?.graph as Graph
    const ids = sub.nodes.map((n) => n.id)
    for (let i = 0; i < 25; i++) expect(ids).toContain(`topic:n${i}#1`)
    // The start's own edges, whatever their kind: its topics, its link, its `next`.
    expect(sub.edges.filter((e) => e.from === "note:n0").map((e) => e.kind)).toEqual([
      "contains",
      "contains",
      "links",
      "next",
    ])
    const order = (list: readonly unknown[], of: readonly unknown[]) => list.map((x) => of.indexOf(x))
    const nodeOrder = order(
      sub.nodes.map((n) => n.id),
      graph.nodes.map((n) => n.id),
    )
    expect(nodeOrder).toEqual([...nodeOrder].sort((a, b) => a - b))
    expect(sub.edges.length).toBeLessThan(graph.edges.length / 2)
  })

  it("should leave out the search text of every note and topic but the start's", () => {
    const sub = screen?.graph as Graph
    const start = sub.nodes.find((n) => n.id === "note:n0")
    expect(start && "text" in start ? start.text : undefined).toBe("n0 소개")
    expect(sub.nodes.filter((n) => n.id !== "note:n0").every((n) => "text" in n && n.text === "")).toBe(true)
  })

  it("should find the start the reader's query finds when the first nodes sit inside a chain", () => {
    // Reading order n1 → n0 → …: n0 comes first in the graph but n1 begins the chain.
    const swapped = chain()
    const reversed: Graph = {
      ...swapped,
      edges: [
        ...swapped.edges.filter((e) => e.kind !== "next"),
        { from: "note:n1", to: "note:n0", kind: "next" },
        { from: "note:n0", to: "topic:n1#1", kind: "next" },
      ],
    }
    const found = selectFirstScreen(reversed, () => undefined)
    expect(found?.start).toBe(firstInReadingOrder(createGraphQuery(reversed))?.id)
    expect(found?.start).toBe("note:n1")
    expect(firstInReadingOrder(createGraphQuery(found?.graph as Graph))?.id).toBe("note:n1")
    // The start's own edges come along: both of n1's topics.
    expect(found?.graph.nodes.map((n) => n.id)).toContain("topic:n1#2")
  })

  it("should give nothing for a graph without notes", () => {
    expect(
      selectFirstScreen({ schemaVersion: 2, nodes: [], edges: [], diagnostics: [] }, () => undefined),
    ).toBe(undefined)
  })
})
