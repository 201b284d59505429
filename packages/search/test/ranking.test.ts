import { beforeAll, describe, expect, it } from "vitest"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("ranking", () => {
  it("should put a term before topics that merely mention it", () => {
    const kubelet = rankOf(engine, "kubelet", "term:kubelet")
    const mentioning = rankOf(engine, "kubelet", "topic:kubernetes-intro-install#1-1-쿠버네티스-용어")
    expect(kubelet).toBe(1)
    expect(mentioning).toBeGreaterThan(kubelet)
  })

  it("should put a title match before a body match", async () => {
    const small = await engineFor({
      "a.md": "# 노트\n\n#### 1. 볼륨 정리\n\n내용.\n\n#### 2. 기타\n\n볼륨 이야기를 조금 한다.\n",
    })
    expect(ids(small, "볼륨")).toEqual(["topic:a#1-볼륨-정리", "topic:a#2-기타"])
  })

  it("should prefer documents that match every word", () => {
    const results = ids(engine, "쿠버네티스 설치")
    expect(results[0]).toBe("topic:kubernetes-intro-install#2-쿠버네티스-설치windows")
  })

  it("should carry the breadcrumb path and highlighted title", () => {
    const [first] = engine.search("별도 설치")
    expect(first?.id).toBe("topic:kubernetes-intro-install#2-1-별도-설치-없이-사용")
    expect(first?.path).toEqual(["쿠버네티스 소개 및 설치", "쿠버네티스 설치(Windows)"])
    expect(first?.pathIds).toEqual([
      "note:kubernetes-intro-install",
      "topic:kubernetes-intro-install#2-쿠버네티스-설치windows",
    ])
    expect(first?.titleHighlights).toEqual([
      [0, 2],
      [3, 5],
    ])
  })

  it("should highlight the stem inside a word with a particle in the snippet", async () => {
    const small = await engineFor({ "a.md": "# 노트\n\n#### 1. 소개\n\n쿠버네티스는 컨테이너를 관리한다.\n" })
    const [first] = small.search("쿠버네티스")
    expect(first?.snippet.text).toBe("쿠버네티스는 컨테이너를 관리한다.")
    expect(first?.snippet.highlights).toEqual([[0, 5]])
  })
})
