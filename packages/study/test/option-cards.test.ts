/**
 * Option → meaning cards. Schema 1 has no options; when a command node carries them (schema 2
 * from another branch), each option with a meaning becomes a card keyed by its name.
 */

import type { Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { createDeck } from "../src/index.ts"
import { graphFor } from "./helpers.ts"

const NOTE = "# 노트\n\n#### 1. 조회\n\n- 노드 목록 : kubectl get nodes\n"

function withOptions(graph: Graph, options: unknown): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((node) => (node.kind === "command" ? { ...node, options } : node)),
  } as Graph
}

describe("option cards", () => {
  it("should make none when the graph has no options", async () => {
    const deck = createDeck(await graphFor({ "a.md": NOTE }))
    expect(deck.some((card) => card.type === "command")).toBe(true)
    expect(deck.filter((card) => card.type === "option")).toEqual([])
  })

  it("should ask what each option does, keyed by the option's name", async () => {
    const graph = withOptions(await graphFor({ "a.md": NOTE }), [
      { name: "-o", description: "출력 형식을 고른다" },
      { name: "--watch", description: "바뀔 때마다 다시 출력한다" },
    ])
    const cards = createDeck(graph).filter((card) => card.type === "option")
    expect(cards.map((card) => [card.id, card.back])).toEqual([
      ["command:kubectl get nodes:option:-o", "출력 형식을 고른다"],
      ["command:kubectl get nodes:option:--watch", "바뀔 때마다 다시 출력한다"],
    ])
    expect(cards[0]?.front).toContain("-o")
  })

  it("should skip options without a name or a meaning instead of failing", async () => {
    const graph = withOptions(await graphFor({ "a.md": NOTE }), [
      { name: "-o" },
      null,
      "x",
      { description: "뜻만" },
    ])
    expect(createDeck(graph).filter((card) => card.type === "option")).toEqual([])
  })
})
