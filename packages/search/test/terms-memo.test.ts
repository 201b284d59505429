import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { buildSearchIndex, type TermsMemo } from "../src/index.ts"

// Bodies long enough to be memoised (a short text is tokenised again instead).
const long =
  "컨테이너를 묶어 배포하고, 노드에 배치하고, 상태를 지켜보며 다시 띄우는 일을 쿠버네티스가 맡는다."
const files = {
  "a.md": `# 파드\n\n#### 1. 파드 기초\n\n파드는 컨테이너의 묶음이다. ${long}\n\n#### 2. 볼륨\n\n파드와 볼륨. ${long}\n`,
  "b.md": `# 서비스\n\n#### 1. 노출\n\nService는 파드를 노출한다. ${long}\n`,
}

/** A memo in a Map, counting the texts it was told about. */
function mapMemo(): TermsMemo & { told: string[]; known: Map<string, readonly string[]> } {
  const known = new Map<string, readonly string[]>()
  const told: string[] = []
  return {
    known,
    told,
    get: (text) => known.get(text),
    set(text, terms) {
      told.push(text)
      known.set(text, terms)
    },
  }
}

describe("index terms kept between builds (memo)", () => {
  it("should build the same index with a memo as without, first and second time", async () => {
    const { graph } = await buildGraph(createMemorySource(files))
    const memo = mapMemo()
    const plain = JSON.stringify(buildSearchIndex(graph))
    expect(JSON.stringify(buildSearchIndex(graph, { memo }))).toBe(plain)
    expect(memo.told.length).toBeGreaterThan(0)
    expect(JSON.stringify(buildSearchIndex(graph, { memo }))).toBe(plain)
  })

  it("should tokenise only the texts that changed since the memo was filled", async () => {
    const memo = mapMemo()
    buildSearchIndex((await buildGraph(createMemorySource(files))).graph, { memo })
    memo.told.length = 0
    const edited = { ...files, "b.md": `${files["b.md"]}\nEndpoint가 새로 붙었다.\n` }
    const { graph } = await buildGraph(createMemorySource(edited))
    const json = buildSearchIndex(graph, { memo })
    expect(JSON.stringify(json)).toBe(JSON.stringify(buildSearchIndex(graph)))
    expect(memo.told.length).toBeGreaterThan(0)
    expect(memo.told.every((text) => text.includes("Endpoint"))).toBe(true)
    expect(json.tokens).toContain("endpoint")
  })
})
