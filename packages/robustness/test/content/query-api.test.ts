/**
 * Layer 2: the hostile folder built from disk and read through what an importer installs,
 * `@kube-notes/content` (createGraphQuery, createSearchEngine). Every node answers every
 * query without a throw, every answer is a node of the graph, hostile aliases find their term,
 * and hostile text as a search query is just text.
 */

import {
  createGraphQuery,
  createSearchEngine,
  decodeGraph,
  encodeGraph,
  type Graph,
  MAX_QUERY_LENGTH,
} from "@kube-notes/content"
import { beforeAll, describe, expect, it } from "vitest"
import { TERMINAL_VECTORS } from "../../src/terminal-vectors.ts"
import { XSS_VECTORS } from "../../src/xss-vectors.ts"
import { hostileBuild } from "../helpers/hostile-build.ts"

let graph: Graph
beforeAll(async () => {
  // Through graph.json's encoding, as an importer receives it (content/dist/graph.json): hostile
  // ids, slugs and paths must come back as they were built (the folder's build, shared).
  const built = (await hostileBuild()).graph
  graph = decodeGraph(JSON.parse(JSON.stringify(encodeGraph(built))))
  expect(graph).toEqual(built)
})

describe("the query API over the hostile graph", () => {
  it("should answer every query for every node with nodes of the graph", () => {
    const query = createGraphQuery(graph)
    const ids = new Set(graph.nodes.map((n) => n.id))
    const unknown: string[] = []
    const check = (what: string, nodes: readonly { id: string }[]) => {
      for (const node of nodes) if (!ids.has(node.id)) unknown.push(`${what}: ${node.id}`)
    }
    for (const node of graph.nodes) {
      expect(query.getNode(node.id)).toBe(node)
      check("children", query.getChildren(node.id))
      check("ancestors", query.getAncestors(node.id))
      check("neighbours", query.getNeighbours(node.id, { direction: "both" }))
      check("backlinks", query.getBacklinks(node.id))
      const parent = query.getParent(node.id)
      if (parent) check("parent", [parent])
      const { previous, next } = query.getSiblingsInReadingOrder(node.id)
      check(
        "siblings",
        [previous, next].filter((n) => n !== undefined),
      )
    }
    expect(unknown).toEqual([])
  })

  it("should give every topic a breadcrumb that starts at its note", () => {
    const query = createGraphQuery(graph)
    for (const topic of query.listNodes("topic")) {
      expect(query.getAncestors(topic.id)[0]?.id, topic.id).toBe(topic.note)
    }
  })

  it("should put every note in the reading order exactly once", () => {
    const order = createGraphQuery(graph)
      .getReadingOrder()
      .filter((n) => n.kind === "note")
      .map((n) => n.id)
    const notes = graph.nodes.filter((n) => n.kind === "note").map((n) => n.id)
    expect([...order].sort()).toEqual([...notes].sort())
  })

  it("should find each glossary term by its hostile alias, written as the author wrote it", () => {
    const query = createGraphQuery(graph)
    TERMINAL_VECTORS.forEach((vector, i) => {
      expect(query.getTermByAlias(`별칭${i + 1} ${vector.text}`)?.title, vector.name).toBe(`TermEsc${i + 1}`)
    })
    expect(query.getTermByAlias("TermEsc1")?.definition).toBe(TERMINAL_VECTORS[0]?.text)
  })

  it("should take every vector as a search query without a throw, answering only nodes of the graph", () => {
    const engine = createSearchEngine(graph)
    const ids = new Set(graph.nodes.map((n) => n.id))
    const queries = [
      ...XSS_VECTORS.map((v) => v.markdown),
      ...TERMINAL_VECTORS.map((v) => v.text),
      "x".repeat(MAX_QUERY_LENGTH * 10),
      "\u0000",
      "\uD800",
    ]
    for (const text of queries) {
      for (const result of engine.search(text)) expect(ids.has(result.id), result.id).toBe(true)
    }
  })

  it("should find the terminal notes by the words around their escapes", () => {
    const engine = createSearchEngine(graph)
    const hits = engine.search("PWNED").map((r) => r.id)
    expect(hits.length).toBeGreaterThan(0)
  })
})
