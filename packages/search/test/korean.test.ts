import { beforeAll, describe, expect, it } from "vitest"
import { stemKorean } from "../src/korean.ts"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("particles and endings", () => {
  it("should strip a particle and keep a stem of two syllables or more", () => {
    expect(stemKorean("쿠버네티스는")).toBe("쿠버네티스")
    expect(stemKorean("클러스터를")).toBe("클러스터")
    expect(stemKorean("설치하는")).toBe("설치")
    expect(stemKorean("환경에서")).toBe("환경")
    // 정도, 평가: the last syllable looks like a particle but the stem would be one syllable.
    expect(stemKorean("정도")).toBe("정도")
    expect(stemKorean("평가")).toBe("평가")
  })

  it("should find 쿠버네티스 written with particles, both ways", async () => {
    const small = await engineFor({
      "a.md": "# 노트\n\n#### 1. 소개\n\n쿠버네티스는 컨테이너를 관리한다.\n",
      "b.md": "# 다른 노트\n\n#### 1. 설치\n\n도커를 설치하는 방법.\n",
    })
    expect(ids(small, "쿠버네티스")).toContain("topic:a#1-소개")
    expect(ids(small, "쿠버네티스를")).toContain("topic:a#1-소개")
    expect(ids(small, "설치")).toContain("topic:b#1-설치")
    expect(ids(small, "설치하는")[0]).toBe("topic:b#1-설치")
    expect(ids(small, "컨테이너")).toEqual(["topic:a#1-소개"])
  })

  it("should rank the Kubernetes term first for 쿠버네티스는", () => {
    expect(ids(engine, "쿠버네티스는")[0]).toBe("term:kubernetes")
  })

  it("should drop a particle glued to a Latin word (Kubelet을)", async () => {
    const small = await engineFor({ "a.md": "# 노트\n\n#### 1. 에이전트\n\nKubelet을 통해 통신한다.\n" })
    expect(ids(small, "kubelet")).toEqual(["topic:a#1-에이전트"])
    expect(ids(small, "을")).toEqual([])
  })
})

describe("초성 search", () => {
  it("should find Kubelet through its alias 큐블렛 from ㅋㅂㄹ", () => {
    expect(ids(engine, "ㅋㅂㄹ")[0]).toBe("term:kubelet")
  })

  it("should find Master Node from the 초성 of 마스터", () => {
    expect(rankOf(engine, "ㅁㅅㅌ", "term:master-node")).toBeLessThanOrEqual(3)
  })

  it("should not match 초성 that no word starts with", () => {
    expect(ids(engine, "ㅋㅋㅋㅋ")).toEqual([])
  })
})

describe("partial syllables while composing", () => {
  it("should find 큐블렛 from 큐ㅂ and 큡 (jamo prefix)", () => {
    expect(rankOf(engine, "큐ㅂ", "term:kubelet")).toBeLessThanOrEqual(3)
    expect(rankOf(engine, "큡", "term:kubelet")).toBeLessThanOrEqual(3)
  })

  it("should narrow to Kubelet once more is typed (큐블, 큐블ㄹ)", () => {
    expect(ids(engine, "큐블")[0]).toBe("term:kubelet")
    expect(ids(engine, "큐블ㄹ")[0]).toBe("term:kubelet")
  })

  it("should complete a syllable prefix (미니 → 미니큐브 → minikube)", () => {
    expect(ids(engine, "미니")[0]).toBe("term:minikube")
  })
})
