import { beforeAll, describe, expect, it } from "vitest"
import { listedEquivalents } from "../src/cross-script.ts"
import { KUBERNETES_KO_TERMS, KUBERNETES_KO_TERMS_SOURCE } from "../src/kubernetes-ko-terms.ts"
import { phoneticKey, phoneticMatch } from "../src/phonetic.ts"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

const sameWord = (ko: string, en: string): boolean => {
  const a = phoneticKey(ko)
  const b = phoneticKey(en)
  return a !== undefined && b !== undefined && phoneticMatch(a, b)
}

describe("the Kubernetes Korean localization terms", () => {
  it("should name its source and hold the standard object names", () => {
    expect(KUBERNETES_KO_TERMS_SOURCE).toMatch(
      /kubernetes\/website .*localization_ko\.md.*commit [0-9a-f]{8}.*2026-12-01/,
    )
    const byEnglish = new Map(KUBERNETES_KO_TERMS.map(([en, ko]) => [en, ko]))
    expect(byEnglish.get("Pod")).toBe("파드")
    expect(byEnglish.get("Deployment")).toBe("디플로이먼트")
    expect(byEnglish.get("Service")).toBe("서비스")
    expect(byEnglish.get("Ingress")).toBe("인그레스")
    expect(byEnglish.get("Namespace")).toBe("네임스페이스")
    expect(byEnglish.get("ConfigMap")).toBe("컨피그맵")
  })

  it("should link words both ways, and multi-word names word by word", () => {
    const map = listedEquivalents()
    expect(map.get("파드")).toContain("pod")
    expect(map.get("pod")).toContain("파드")
    expect(map.get("컨피그맵")).toContain("configmap")
    expect(map.get("컨트롤")).toContain("control")
    // Different word counts (custom resource = 사용자 정의 리소스) are not paired word by word.
    expect(map.get("custom")).toBeUndefined()
  })

  it("should find notes written in English by the Korean term and the reverse", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 라우팅\n\nIngress 규칙을 정리한다.\n",
      "b.md": "# b\n\n#### 1. 설정\n\n컨피그맵에 값을 넣는다.\n",
    })
    expect(ids(small, "인그레스")[0]).toBe("topic:a#1-라우팅")
    expect(ids(small, "configmap")[0]).toBe("topic:b#1-설정")
  })
})

describe("the phonetic loanword key", () => {
  it.each([
    ["대시보드", "dashboard"],
    ["도커", "docker"],
    ["허브", "hub"],
    ["매니페스트", "manifest"],
    ["에이전트", "agent"],
    ["스케줄러", "scheduler"],
    ["클라이언트", "client"],
    ["웹훅", "webhook"],
  ])("should match %s and %s", (ko, en) => {
    expect(sameWord(ko, en)).toBe(true)
  })

  it.each([
    ["노드", "need"],
    ["로그", "lag"],
    ["캐시", "kiss"],
    ["태그", "tug"],
    ["데몬", "demand"],
    ["컨테이너", "agent"],
    ["에이전트", "tent"],
  ])("should not match %s and %s", (ko, en) => {
    expect(sameWord(ko, en)).toBe(false)
  })

  it("should never match two words of one script, nor words too short to tell", () => {
    const dashboard = phoneticKey("dashboard")
    expect(dashboard && phoneticMatch(dashboard, dashboard)).toBe(false)
    expect(phoneticKey("키")).toBeUndefined()
    expect(phoneticKey("up")).toBeUndefined()
  })

  it("should find topic 2 by 대시보드 (it writes kubernetes-dashboard) and topic 2-1 by 도커 허브 계정", () => {
    expect(rankOf(engine, "대시보드", "topic:kubernetes-intro-install#2-쿠버네티스-설치windows")).toBe(1)
    expect(rankOf(engine, "도커 허브 계정", "topic:kubernetes-intro-install#2-1-별도-설치-없이-사용")).toBe(1)
  })

  it("should find Korean text by an English loanword and highlight the Korean word", async () => {
    const small = await engineFor({ "a.md": "# a\n\n#### 1. 배포\n\n매니페스트 파일을 적용한다.\n" })
    const [first] = small.search("manifest")
    expect(first?.id).toBe("topic:a#1-배포")
    const [start, end] = first?.snippet.highlights[0] ?? [0, 0]
    expect(first?.snippet.text.slice(start, end)).toBe("매니페스트")
  })

  it("should rank a word found as typed above a phonetic guess", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 하나\n\ndocker 설치.\n",
      "b.md": "# b\n\n#### 1. 둘\n\n도커 설치.\n",
    })
    expect(ids(small, "docker")).toEqual(["topic:a#1-하나", "topic:b#1-둘"])
  })
})
