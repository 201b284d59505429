/** Deck rules on small notes: masking, which term a check asks, and what makes no card. */
import { describe, expect, it } from "vitest"
import { createDeck } from "../src/index.ts"
import { graphFor } from "./helpers.ts"

describe("createDeck on small notes", () => {
  it("should blank the term's own name out of its definition → term front", async () => {
    const deck = createDeck(
      await graphFor({
        "a.md": "# 노트\n\n#### 1. 용어\n\n- Pod : Pod는 하나 이상의 컨테이너를 묶은 배포 단위\n",
      }),
    )
    const card = deck.find((card) => card.id === "term:pod:definition-term")
    expect(card?.front).toContain("＿＿＿는 하나 이상의 컨테이너를 묶은 배포 단위")
    expect(card?.front.toLowerCase()).not.toContain("pod")
  })

  it("should ask each topic's check about a term no earlier check asked", async () => {
    // Korean names with their English name, as a note writes them: a bare Korean word with a
    // definition is too little evidence for a term since core's evidence scoring.
    const graph = await graphFor({
      "a.md":
        "# 노트\n\n#### 1. 하나\n\n- 파드(Pod) : 컨테이너를 묶은 가장 작은 배포 단위\n- 노드(Node) : 파드가 실행되는 머신 한 대\n\n#### 2. 둘\n\n- 파드(Pod) : 쿠버네티스에서 배포하는 가장 작은 단위\n- 서비스(Service) : 파드 묶음에 하나의 주소를 주는 것\n",
    })
    // Both topics define 파드: the second check must pick the term the first did not ask.
    const defines = (topic: string) =>
      graph.edges.filter((e) => e.kind === "defines" && e.from === topic).map((e) => e.to)
    expect(defines("topic:a#1-하나")).toEqual(["term:파드", "term:노드"])
    expect(defines("topic:a#2-둘")).toEqual(["term:파드", "term:서비스"])
    const deck = createDeck(graph)
    const checks = deck.filter((card) => card.type === "choice").map((card) => card.answer)
    expect(checks).toHaveLength(2)
    expect(new Set(checks).size).toBe(2)
  })

  it("should make no card from a glossary term no note defines or mentions", async () => {
    const deck = createDeck(
      await graphFor({
        "a.md": "# 노트\n\n#### 1. 용어\n\n- 파드(Pod) : 컨테이너를 묶은 가장 작은 배포 단위\n",
        "glossary.yaml": "etcd:\n  definition: 클러스터의 상태를 저장하는 키-값 저장소\n",
      }),
    )
    expect(deck.some((card) => card.nodeId === "term:etcd")).toBe(false)
    expect(deck.some((card) => card.nodeId === "term:파드")).toBe(true)
  })

  it("should make an empty deck from a graph with no topics, without failing", async () => {
    expect(createDeck(await graphFor({ "a.md": "그냥 글\n" }))).toEqual([])
  })
})
