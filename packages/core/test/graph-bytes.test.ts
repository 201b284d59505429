/**
 * graph.json's bytes are encoded a node at a time (graph-bytes.ts), so that the cold build
 * never holds the whole text as one string: they must be exactly `JSON.stringify` of the
 * encoded graph, the text readers and older writers agree on.
 */
import { encodeGraph, type Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { encodeGraphBytes } from "../src/pipeline/graph-bytes.ts"
import { buildOriginal, buildWithBodies, glossary } from "./helpers.ts"

const whole = (graph: Graph) => Buffer.from(JSON.stringify(encodeGraph(graph)))

describe("graph.json's bytes", () => {
  it("should be JSON.stringify of the encoded graph for the original note", async () => {
    const graph = await buildOriginal()
    expect(encodeGraphBytes(graph).equals(whole(graph))).toBe(true)
  })

  it("should be the same text for many notes, with rows, objects and diagnostics", async () => {
    // Many notes' nodes, Korean and ASCII, with broken links (diagnostics).
    const files: Record<string, string> = { "glossary.yaml": glossary.toString("utf8") }
    for (let i = 0; i < 300; i++)
      files[`n${i}.md`] =
        `# 노트 ${i}\n\n소개 ${"파드와 kubelet ".repeat(20)}\n\n## ${i}. 절\n\n[없음](none-${i}.md) 본문 ${"컨테이너 ".repeat(40)}\n`
    const { graph } = await buildWithBodies(files)
    const bytes = encodeGraphBytes(graph)
    expect(bytes.length).toBeGreaterThan(1 << 18)
    expect(graph.diagnostics.length).toBeGreaterThan(0)
    expect(bytes.equals(whole(graph))).toBe(true)
  })

  it("should keep dangling ids and topics that cannot be rows", () => {
    const graph: Graph = {
      schemaVersion: 2,
      nodes: [
        { id: "note:a", kind: "note", title: "A", path: "a.md", frontmatter: { order: 1 }, text: "에이" },
        // Not a row: its id is not the one its note and slug make.
        {
          id: "topic:b#x",
          kind: "topic",
          title: "X",
          note: "note:a",
          depth: 2,
          level: 1,
          slug: "x",
          position: { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } },
          text: '"따옴표" 와 \\ 와 \u2028',
        },
      ],
      edges: [
        { from: "note:a", to: "topic:b#x", kind: "contains" },
        { from: "note:a", to: "term:없음", kind: "mentions" },
      ],
      diagnostics: [],
    }
    expect(JSON.parse(encodeGraphBytes(graph).toString("utf8")).danglingIds).toEqual(["term:없음"])
    expect(encodeGraphBytes(graph).equals(whole(graph))).toBe(true)
  })
})
