/** The learning path and topic mastery. */
import { describe, expect, it } from "vitest"
import { createDeck, createScheduler, emptyProgress, learningPath, topicMastery } from "../src/index.ts"
import { at, DAY, graphFor, loadOriginalGraph } from "./helpers.ts"

const T0 = "2026-03-02T09:00:00.000Z"

describe("learningPath", () => {
  it("should put the topic that defines a term before an earlier topic that mentions it", async () => {
    const graph = await graphFor({
      "a.md":
        "# 노트\n\n#### 1. 사용\n\n파드를 띄운다.\n\n#### 2. 용어\n\n- 파드(Pod) : 컨테이너를 묶은 가장 작은 배포 단위\n",
    })
    const topics = graph.nodes.filter((node) => node.kind === "topic").map((node) => node.id)
    expect(topics).toHaveLength(2)
    const mentions = graph.edges.some((e) => e.kind === "mentions" && e.from === "topic:a#1-사용")
    expect(mentions).toBe(true)
    expect(learningPath(graph)).toEqual(["topic:a#2-용어", "topic:a#1-사용"])
  })

  it("should keep reading order when nothing forces another, and break a cycle by reading order", async () => {
    const graph = await graphFor({
      "a.md":
        "# 노트\n\n#### 1. 하나\n\n- 파드(Pod) : 컨테이너를 묶은 가장 작은 배포 단위\n- 노드에서 돈다\n\n#### 2. 둘\n\n- 노드(Node) : 파드가 실행되는 머신\n\n#### 3. 셋\n\n그냥 글.\n",
    })
    // 1 defines 파드 and mentions 노드; 2 defines 노드 and mentions 파드: a cycle, broken by reading order.
    const edge = (kind: string, from: string, to: string) =>
      graph.edges.some((e) => e.kind === kind && e.from === from && e.to === to)
    expect(
      edge("defines", "topic:a#1-하나", "term:파드") && edge("mentions", "topic:a#1-하나", "term:노드"),
    ).toBe(true)
    expect(
      edge("defines", "topic:a#2-둘", "term:노드") && edge("mentions", "topic:a#2-둘", "term:파드"),
    ).toBe(true)
    expect(learningPath(graph)).toEqual(["topic:a#1-하나", "topic:a#2-둘", "topic:a#3-셋"])
  })

  it("should list every topic of the original note once", async () => {
    const graph = await loadOriginalGraph()
    const path = learningPath(graph)
    const topics = graph.nodes.filter((node) => node.kind === "topic").map((node) => node.id)
    expect([...path].sort()).toEqual([...topics].sort())
  })
})

describe("topicMastery", () => {
  it("should count the share of a topic's cards in review with retrievability ≥ 0.9", async () => {
    const graph = await loadOriginalGraph()
    const deck = createDeck(graph)
    const topicId = "topic:kubernetes-intro-install#2-쿠버네티스-설치windows"
    const cards = deck.filter((card) => card.topicId === topicId)
    expect(topicMastery(deck, emptyProgress(), topicId, at(T0))).toBe(0)
    const scheduler = createScheduler()
    const [first, second] = cards
    let progress = scheduler.rate(emptyProgress(), first?.id ?? "", 4, at(T0)) // Easy: straight to review
    progress = scheduler.rate(progress, second?.id ?? "", 3, at(T0)) // Good: still learning
    expect(topicMastery(deck, progress, topicId, at(T0))).toBeCloseTo(1 / cards.length)
    // Long past its interval the card is likely forgotten, so no longer mastered.
    expect(topicMastery(deck, progress, topicId, at(T0, 365 * DAY))).toBe(0)
  })
})
