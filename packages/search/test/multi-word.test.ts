import { describe, expect, it } from "vitest"
import { engineFor, ids } from "./helpers.ts"

describe("multi-word queries", () => {
  it("should put a node that matches every word before nodes that match some", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 볼륨\n\n볼륨 이야기.\n\n#### 2. 정리\n\n볼륨과 스토리지를 함께 본다.\n",
    })
    expect(ids(small, "볼륨 스토리지")[0]).toBe("topic:a#2-정리")
  })

  it("should rank a title match on one word plus a body match on another above body-only matches", async () => {
    const small = await engineFor({
      "a.md": [
        "# a",
        "#### 1. 기타",
        "볼륨과 스토리지, 볼륨과 스토리지, 볼륨과 스토리지를 여러 번 말한다.",
        "#### 2. 볼륨 정리",
        "여기서는 스토리지를 한 번 말한다.",
        "#### 3. 또 다른 것",
        "스토리지와 볼륨.",
      ].join("\n\n"),
    })
    const found = ids(small, "볼륨 스토리지")
    expect(found[0]).toBe("topic:a#2-볼륨-정리")
    expect(found.slice(1).sort()).toEqual(["topic:a#1-기타", "topic:a#3-또-다른-것"])
  })

  it("should rank a term named by one word and defined with another above topics that only mention both", async () => {
    const small = await engineFor({
      "a.md":
        "# a\n\n#### 1. 용어\n\n- kubelet : 노드의 에이전트\n\n#### 2. 메모\n\nkubelet 에이전트 이야기.\n",
    })
    expect(ids(small, "kubelet 에이전트")[0]).toBe("term:kubelet")
  })
})
