import { beforeAll, describe, expect, it } from "vitest"
import * as api from "../src/index.ts"
import { buildSearchIndex, loadSearchIndex } from "../src/index.ts"
import type { SearchEngine, SearchIndexJson } from "../src/types.ts"
import { loadOriginalGraph, originalEngine } from "./helpers.ts"

let json: SearchIndexJson
let engine: SearchEngine
beforeAll(async () => {
  json = buildSearchIndex(await loadOriginalGraph())
  engine = await originalEngine()
})

const queries = [
  "쿠버네티스는",
  "ㅋㅂㄹ",
  "큐ㅂ",
  "마스터 노드",
  "kubctl",
  "get nodes",
  "flannel",
  "설치하는",
]

describe("serialised index", () => {
  it("should expose exactly the public API", () => {
    expect(Object.keys(api).sort()).toEqual([
      "MAX_QUERY_LENGTH",
      "buildSearchIndex",
      "createSearchEngine",
      "loadSearchIndex",
    ])
  })

  it("should survive a JSON round trip with the same ranking as the engine built from the graph", () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(json)))
    for (const query of queries) {
      expect(loaded.search(query).map((r) => [r.id, r.score])).toEqual(
        engine.search(query).map((r) => [r.id, r.score]),
      )
    }
  })

  it("should rebuild every full id from the compact form", async () => {
    const graph = await loadOriginalGraph()
    const loaded = loadSearchIndex(json)
    const wanted = graph.nodes
      .filter((n) => ["note", "topic", "term", "command"].includes(n.kind))
      .map((n) => n.id)
    const found = new Set<string>()
    for (const id of wanted) {
      const title = graph.nodes.find((n) => n.id === id)?.title ?? ""
      for (const result of loaded.search(title, { limit: 1000 })) found.add(result.id)
    }
    expect([...found].filter((id) => !wanted.includes(id))).toEqual([])
    expect(loaded.size).toBe(wanted.length)
  })

  it("should give topic snippets without the graph as empty text, not a throw", () => {
    const loaded = loadSearchIndex(json)
    const topic = loaded.search("설치", { kinds: ["topic"] })[0]
    expect(topic?.snippet).toEqual({ text: "", highlights: [] })
  })

  it("should reject JSON that is not a search index with a message that says what to do", () => {
    expect(() => loadSearchIndex({})).toThrow(/rebuild the content package/)
    expect(() => loadSearchIndex({ ...json, version: 2 })).toThrow(/version 2/)
  })

  it("should be deterministic", async () => {
    expect(JSON.stringify(buildSearchIndex(await loadOriginalGraph()))).toBe(JSON.stringify(json))
  })
})
