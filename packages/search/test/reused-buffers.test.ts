/**
 * The engine reuses its score arrays from one query to the next: what a query leaves in them
 * must never show in the next one's results.
 */
import { beforeAll, describe, expect, it } from "vitest"
import type { SearchEngine } from "../src/types.ts"
import { originalEngine } from "./helpers.ts"

const QUERIES = [
  "kubelet",
  "쿠버네티스 설치",
  "ㅋㅂㄹ",
  "파드",
  "워커노드",
  "kubectl get",
  "flannel",
  "컨테이너",
]

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("score arrays reused between queries", () => {
  it("should give each query the same results after any other query as in a fresh engine", async () => {
    for (const query of QUERIES) {
      const fresh = (await originalEngine()).search(query)
      for (const before of QUERIES) {
        engine.search(before, { limit: 50 })
        expect(engine.search(query)).toEqual(fresh)
      }
    }
  })
})
