import { beforeAll, describe, expect, it } from "vitest"
import type { SearchEngine } from "../src/types.ts"
import { originalEngine } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("bad queries", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   \t\n "],
    ["only punctuation", "!!! ??? ..."],
    ["an emoji", "😀"],
    ["emoji with a joiner", "👩‍💻🚀"],
    ["regex metacharacters", ".*+?^$" + "{}()|[]\\"],
    ["a lone particle", "는"],
    ["control characters", "\u0000\u001b[31m"],
  ])("should return [] for %s", (_name, query) => {
    expect(engine.search(query)).toEqual([])
  })

  it.each([
    ["lone jamo", "ㄱ"],
    ["a lone vowel", "ㅏ"],
    ["10,000 characters", "쿠버네티스 ".repeat(2000)],
    ["10,000 letters without spaces", "a".repeat(10_000)],
    ["regex metacharacters around a word", "(kube*let)"],
    ["unpaired surrogates", "\ud800kubelet\udfff"],
    ["a lone surrogate", "\ud83d"],
  ])("should not throw for %s", (_name, query) => {
    expect(() => engine.search(query)).not.toThrow()
    expect(Array.isArray(engine.search(query))).toBe(true)
  })

  it("should still find kubelet inside regex metacharacters", () => {
    expect(engine.search("(kubelet)*")[0]?.id).toBe("term:kubelet")
  })

  it.each([0, -5, Number.NaN, 2.7])("should accept the limit %s without throwing", (limit) => {
    expect(() => engine.search("kubectl", { limit })).not.toThrow()
  })

  it("should return no results for limit 0 and at most `limit` otherwise", () => {
    expect(engine.search("kubectl", { limit: 0 })).toEqual([])
    expect(engine.search("kubectl", { limit: 2 })).toHaveLength(2)
  })

  it("should not throw when the query is not a string (from untyped callers)", () => {
    const search = engine.search as (query: unknown) => unknown[]
    expect(search(undefined)).toEqual([])
    expect(search(42)).toEqual([])
  })
})
