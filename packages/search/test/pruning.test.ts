import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { buildSearchIndex, loadSearchIndex } from "../src/index.ts"

const files = {
  "a.md":
    "# 노트\n\n#### 1. 파드 기초\n\n파드 내용.\n\n#### 2. 볼륨\n\n파드와 볼륨.\n\n#### 3. 서비스\n\n파드와 서비스 노출.\n",
}

describe("body pruning of very common words", () => {
  it("should keep every body posting below the drop count (small note collections)", async () => {
    const json = buildSearchIndex((await buildGraph(createMemorySource(files))).graph)
    expect(json.pruned).toEqual([])
  })

  it("should drop body postings of a word in more than the allowed share, keeping titles", async () => {
    const { graph } = await buildGraph(createMemorySource(files))
    const json = buildSearchIndex(graph, { maxBodyShare: 0.3, minBodyDropCount: 0 })
    expect(json.pruned.map((i) => json.tokens[i])).toContain("파드")
    const engine = loadSearchIndex(json)
    expect(engine.search("파드").map((r) => r.id)).toEqual(["topic:a#1-파드-기초"])
    // A common word does not block a rarer one: 파드 is unknown in bodies, 서비스 decides.
    expect(engine.search("파드 서비스")[0]?.id).toBe("topic:a#3-서비스")
  })
})
