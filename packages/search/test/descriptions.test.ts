import { beforeAll, describe, expect, it } from "vitest"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("definitions in sentences", () => {
  it.each(["에이전트", "kubelet 에이전트", "노드 관리 에이전트"])(
    "should rank Kubelet above worker node for %j (the note says **Kubelet**은 … 에이전트고)",
    (query) => {
      const kubelet = rankOf(engine, query, "term:kubelet")
      expect(kubelet).toBe(1)
      expect(rankOf(engine, query, "term:worker-node")).toBeGreaterThan(kubelet)
    },
  )

  it("should find a term by a word only its description has, and show the description in the snippet", async () => {
    const small = await engineFor({
      "a.md":
        "# a\n\n#### 1. 노드\n\n- etcd : 키-값 저장소\n\n**etcd**는 클러스터 상태를 보관하는 데이터베이스다.\n",
    })
    const [first] = small.search("데이터베이스")
    expect(first?.id).toBe("term:etcd")
    expect(first?.snippet.text).toContain("etcd는 클러스터 상태를 보관하는 데이터베이스다")
  })

  it("should not credit a term with another term's description quoted in its definition", async () => {
    const small = await engineFor({
      "a.md": "# a\n\n#### 1. 용어\n\n- Worker\n  - 각 노드의 **Agent**는 컨테이너를 돌리는 관리자다\n",
      "glossary.yaml": "Agent:\n  aliases: [에이전트]\n",
    })
    const found = ids(small, "관리자", { kinds: ["term"] })
    expect(found[0]).toBe("term:agent")
    expect(found).not.toContain("term:worker")
  })
})
