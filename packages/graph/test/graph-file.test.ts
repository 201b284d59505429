import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeGraph, GraphFileError } from "../src/decode-graph.ts"
import { encodeGraph } from "../src/encode-graph.ts"
import type { EdgeKind, Graph, GraphEdge, GraphNode, TopicNode } from "../src/types.ts"

const EDGE_KINDS: EdgeKind[] = ["contains", "defines", "mentions", "uses", "cites", "shows", "links", "next"]
const span = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } })

function topic(note: string, slug: string, extra: Partial<TopicNode> = {}): TopicNode {
  return {
    id: `topic:${note.slice("note:".length)}#${slug}`,
    kind: "topic",
    title: slug,
    note,
    ...(extra.number ? { number: extra.number } : {}),
    depth: 2,
    level: 1,
    slug,
    position: span(3),
    text: `${slug} 본문`,
    ...extra,
  }
}

/** What a reader gets: the file written as JSON text, parsed, decoded. */
const throughFile = (graph: Graph) => decodeGraph(JSON.parse(JSON.stringify(encodeGraph(graph))))

const key = fc.stringMatching(/^[a-z가-힣0-9/#~-]{1,12}$/)
const arbitraryGraph: fc.Arbitrary<Graph> = fc
  .record({
    notes: fc.uniqueArray(key, { minLength: 1, maxLength: 5 }),
    topics: fc.array(
      fc.record({
        note: fc.nat(),
        slug: key,
        number: fc.option(fc.stringMatching(/^\d(-\d)?$/), { nil: undefined }),
        level: fc.integer({ min: 1, max: 4 }),
        line: fc.integer({ min: 1, max: 500 }),
        // A topic whose id is not `topic:<note key>#<slug>` (hand-made graphs): kept as an object.
        ownId: fc.option(key, { freq: 4, nil: undefined }),
        text: fc.string(),
      }),
      { maxLength: 20 },
    ),
    terms: fc.uniqueArray(key, { maxLength: 4 }),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        kind: fc.constantFrom(...EDGE_KINDS),
        dangling: fc.boolean(),
      }),
      { maxLength: 60 },
    ),
    shuffle: fc.boolean(),
  })
  .map(({ notes, topics, terms, edges, shuffle }) => {
    const noteNodes: GraphNode[] = notes.map((k) => ({
      id: `note:${k}`,
      kind: "note",
      title: k,
      path: `${k}.md`,
      frontmatter: { tags: [k] },
      text: "",
    }))
    const topicNodes: GraphNode[] = topics.map((t) => {
      const note = `note:${notes[t.note % notes.length]}`
      const made = topic(note, t.slug, {
        level: t.level,
        position: span(t.line),
        text: t.text,
        ...(t.number ? { number: t.number } : {}),
      })
      return t.ownId ? { ...made, id: `topic:${t.ownId}` } : made
    })
    const termNodes: GraphNode[] = terms.map((k) => ({
      id: `term:${k}`,
      kind: "term",
      title: k,
      aliases: [],
      definition: "",
      source: "mention",
      descriptions: [],
    }))
    // Topics after the other nodes too: a row may name a note that comes after it.
    const nodes = shuffle
      ? [...topicNodes, ...termNodes, ...noteNodes]
      : [...noteNodes, ...topicNodes, ...termNodes]
    const ids = nodes.map((n) => n.id)
    const graphEdges: GraphEdge[] = edges.map((e) => ({
      from: ids[e.from % ids.length] as string,
      to: e.dangling ? `term:missing-${e.to % 3}` : (ids[e.to % ids.length] as string),
      kind: e.kind,
    }))
    return { schemaVersion: 2 as const, nodes, edges: graphEdges, diagnostics: [] }
  })

describe("graph.json's encoding", () => {
  it("should decode to exactly the graph it encoded, key order and edge order included", () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        expect(JSON.stringify(throughFile(graph))).toBe(JSON.stringify(graph))
      }),
    )
  })

  it("should store edges as runs of node indexes and topics as rows without their ids", () => {
    const graph: Graph = {
      schemaVersion: 2,
      nodes: [
        { id: "note:k8s/pods", kind: "note", title: "파드", path: "k8s/pods.md", frontmatter: {}, text: "" },
        topic("note:k8s/pods", "1-파드", { number: "1" }),
        topic("note:k8s/pods", "1-1-생성", { number: "1-1", level: 2 }),
        {
          id: "term:pod",
          kind: "term",
          title: "Pod",
          aliases: [],
          definition: "",
          source: "note",
          descriptions: [],
        },
      ],
      edges: [
        { from: "note:k8s/pods", to: "topic:k8s/pods#1-파드", kind: "contains" },
        { from: "topic:k8s/pods#1-파드", to: "topic:k8s/pods#1-1-생성", kind: "contains" },
        { from: "topic:k8s/pods#1-파드", to: "term:pod", kind: "mentions" },
        { from: "topic:k8s/pods#1-1-생성", to: "term:pod", kind: "mentions" },
        { from: "topic:k8s/pods#1-1-생성", to: "term:pod", kind: "defines" },
      ],
      diagnostics: [],
    }
    const file = encodeGraph(graph)
    expect(file.edgeKinds).toEqual(["contains", "mentions", "defines"])
    // from, kind, n, to…: the note contains topic 1, which contains topic 2 and mentions the term…
    expect(file.edges).toEqual([0, 0, 1, 1, 1, 0, 1, 2, 1, 1, 1, 3, 2, 1, 1, 3, 2, 2, 1, 3])
    expect(file.nodes[1]).toEqual([0, "1-파드", "1-파드", "1", 2, 1, 3, 1, 3, 9, "1-파드 본문"])
    expect(file.danglingIds).toBeUndefined()
    expect(JSON.stringify(file)).not.toContain("topic:")
    expect(throughFile(graph)).toEqual(graph)
  })

  it("should keep a topic as an object when its id is not its note key and slug", () => {
    const odd = { ...topic("note:a", "x"), id: "topic:elsewhere#x" }
    const graph: Graph = {
      schemaVersion: 2,
      nodes: [{ id: "note:a", kind: "note", title: "a", path: "a.md", frontmatter: {}, text: "" }, odd],
      edges: [],
      diagnostics: [],
    }
    expect(encodeGraph(graph).nodes[1]).toEqual(odd)
  })

  it.each([
    [
      "a graph of schema 1",
      { schemaVersion: 1, nodes: [], edges: [], diagnostics: [] },
      /schemaVersion is 1/,
    ],
    [
      "edges as objects",
      { schemaVersion: 2, nodes: [], edgeKinds: [], edges: [{}], diagnostics: [] },
      /names no node/,
    ],
    [
      "an index past the nodes",
      { schemaVersion: 2, nodes: [], edgeKinds: ["next"], edges: [0, 0, 1, 0], diagnostics: [] },
      /names no node/,
    ],
    [
      "a run longer than the list",
      {
        schemaVersion: 2,
        nodes: [{ id: "note:a", kind: "note" }],
        edgeKinds: ["next"],
        edges: [0, 0, 5, 0],
        diagnostics: [],
      },
      /length of a run/,
    ],
    [
      "a topic row naming a topic",
      {
        schemaVersion: 2,
        nodes: [[0, "s", "t", null, 1, 1, 1, 1, 1, 1, ""]],
        edgeKinds: [],
        edges: [],
        diagnostics: [],
      },
      /topic row of a note/,
    ],
    ["no nodes", { schemaVersion: 2, edgeKinds: [], edges: [], diagnostics: [] }, /must be arrays/],
  ])("should reject %s with a GraphFileError that says what is wrong", (_name, value, message) => {
    expect(() => decodeGraph(value)).toThrow(GraphFileError)
    expect(() => decodeGraph(value)).toThrow(message)
  })
})
