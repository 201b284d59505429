import { buildGraph, createMemorySource } from "@kube-notes/core"
import { createGraphQuery, type Graph, type GraphEdge } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { getDocuments } from "../src/documents.ts"

const parentOf = (graph: Graph, id: string) => getDocuments(graph).find((doc) => doc.id === id)?.parent

describe("a search document's place", () => {
  it("should fall back to the first backlink whose source exists, as the graph query gives it, for a term nothing defines", async () => {
    const { graph } = await buildGraph(
      createMemorySource({
        "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
        "a.md": "# A\n\n#### 1. 하나\n\nKubelet\n\n#### 2. 둘\n\n큐블렛\n",
        "b.md": "# B\n\n#### 1. 셋\n\nKubelet 이야기\n",
      }),
    )
    const term = graph.nodes.find((node) => node.kind === "term")
    if (!term) throw new Error("no term in the graph")
    const into = graph.edges.filter((edge) => edge.to === term.id && edge.kind === "mentions")
    expect(into.length).toBeGreaterThanOrEqual(2)
    // Nothing defines it; a mention from a node that is not in the graph and a `next` edge come
    // first, and must be passed over; the last existing mention becomes the first.
    const last = into.at(-1) as GraphEdge
    const edges: GraphEdge[] = [
      { from: "topic:gone#x", to: term.id, kind: "mentions" },
      { from: into[0]?.from as string, to: term.id, kind: "next" },
      last,
      ...graph.edges.filter((edge) => edge !== last && !(edge.to === term.id && edge.kind === "defines")),
    ]
    const changed: Graph = { ...graph, edges }
    const expected = createGraphQuery(changed).getBacklinks(term.id)[0]?.id
    expect(expected).toBe(last.from)
    expect(parentOf(changed, term.id)).toBe(expected)
  })

  it("should have no place for a term with no definer and no backlink", async () => {
    const { graph } = await buildGraph(
      createMemorySource({
        "glossary.yaml": "Etcd:\n  aliases: [엣시디]\n",
        "a.md": "# A\n\n#### 1. 하나\n\n본문\n",
      }),
    )
    const term = graph.nodes.find((node) => node.kind === "term")
    if (!term) throw new Error("no term in the graph")
    const changed: Graph = { ...graph, edges: graph.edges.filter((edge) => edge.to !== term.id) }
    expect(createGraphQuery(changed).getBacklinks(term.id)).toEqual([])
    expect(parentOf(changed, term.id)).toBeUndefined()
  })
})
