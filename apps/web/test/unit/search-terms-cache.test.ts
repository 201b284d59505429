import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { loadSearchTermsCache } from "../../scripts/lib/search-terms-cache.mjs"

const dir = mkdtempSync(join(tmpdir(), "kube-notes-terms-cache-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the search terms kept between prepares", () => {
  it("should give back each text's terms in the next prepare, whether or not the text was asked for first", async () => {
    const file = join(dir, "terms.json")
    const first = await loadSearchTermsCache(file)
    const asked = "쿠버네티스 클러스터의 노드는 파드를 돌린다"
    const told = "kubelet runs on every node"
    expect(first.get(asked)).toBeUndefined()
    first.set(asked, ["쿠버네티스", "클러스터", "노드", "파드"])
    // Told without a question just before: keyed by its own text, not the last one asked about.
    first.set(told, ["kubelet", "node"])
    await first.save()
    const next = await loadSearchTermsCache(file)
    expect(next.get(asked)).toEqual(["쿠버네티스", "클러스터", "노드", "파드"])
    expect(next.get(told)).toEqual(["kubelet", "node"])
    expect(next.get("아무도 묻지 않은 문장")).toBeUndefined()
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).terms)).toHaveLength(2)
  })
})
