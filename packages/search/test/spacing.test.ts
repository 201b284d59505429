import { beforeAll, describe, expect, it } from "vitest"
import { splitCompound } from "../src/segment.ts"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("compound splitting", () => {
  const words = new Set(["쿠버네티스", "클러스터", "워커", "노드", "워커노", "설치"])
  const isWord = (part: string) => words.has(part)

  it("should split a compound into the fewest known words", () => {
    expect(splitCompound("쿠버네티스클러스터", isWord)).toEqual(["쿠버네티스", "클러스터"])
    expect(splitCompound("워커노드", isWord)).toEqual(["워커", "노드"])
  })

  it("should not split into one-syllable parts, unknown parts or the word itself", () => {
    expect(splitCompound("노드들", isWord)).toBeUndefined()
    expect(splitCompound("워커노드설명", isWord)).toBeUndefined()
    expect(splitCompound("쿠버네티스", (part) => part === "쿠버네티스")).toBeUndefined()
    expect(splitCompound("kubernetescluster", () => true)).toBeUndefined()
  })
})

describe("spacing-insensitive matching", () => {
  it("should find worker node by 워커노드 (the glossary writes 워커 노드)", () => {
    expect(ids(engine, "워커노드")[0]).toBe("term:worker-node")
    expect(ids(engine, "워커노드를")[0]).toBe("term:worker-node")
  })

  it("should find 쿠버네티스 클러스터 by 쿠버네티스클러스터", () => {
    expect(rankOf(engine, "쿠버네티스클러스터", "term:쿠버네티스-클러스터")).toBe(1)
  })

  it("should find a compound written without spaces by its spaced form and by one part", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 구성\n\n쿠버네티스클러스터를 만든다.\n",
      "b.md": "# b\n\n#### 1. 용어\n\n쿠버네티스 용어와 클러스터 용어.\n",
    })
    expect(ids(small, "쿠버네티스 클러스터")).toContain("topic:a#1-구성")
    expect(ids(small, "클러스터")).toContain("topic:a#1-구성")
  })

  it("should find the spaced form by the compound, both ways in one corpus", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 역할\n\n워커 노드는 파드를 실행한다.\n",
      "b.md": "# b\n\n#### 1. 다른 것\n\n워커노드 설명.\n",
    })
    const found = ids(small, "워커노드")
    expect(found).toContain("topic:a#1-역할")
    expect(found).toContain("topic:b#1-다른-것")
    expect(ids(small, "워커 노드")).toEqual(expect.arrayContaining(["topic:a#1-역할", "topic:b#1-다른-것"]))
  })
})
