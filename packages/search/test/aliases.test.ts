import { beforeAll, describe, expect, it } from "vitest"
import type { SearchEngine } from "../src/types.ts"
import { engineFor, ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("aliases both ways", () => {
  it.each([
    ["마스터 노드", "term:master-node"],
    ["Master Node", "term:master-node"],
    ["컨트롤 플레인", "term:master-node"],
    ["큐블렛", "term:kubelet"],
    ["Kubelet", "term:kubelet"],
    ["k8s", "term:kubernetes"],
    ["flannel", "term:flannel"],
    ["플라넬", "term:flannel"],
    ["미니큐브", "term:minikube"],
  ])("should rank %s's term first", (query, id) => {
    expect(ids(engine, query)[0]).toBe(id)
  })

  it("should find topics that mention a term under another name (flannel → 플라넬 in the body)", async () => {
    const small = await engineFor({
      "glossary.yaml": "flannel:\n  aliases: [플라넬]\n",
      "a.md": "# 노트\n\n#### 1. 네트워크\n\n플라넬을 설치한다.\n",
    })
    expect(ids(small, "flannel")).toContain("topic:a#1-네트워크")
    // And the term itself comes before the topic that merely mentions it.
    expect(rankOf(small, "flannel", "term:flannel")).toBe(1)
  })
})
