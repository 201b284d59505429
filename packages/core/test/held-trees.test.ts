/**
 * Analyses kept until their fragments are built hold their mdast as the bytes of its JSON
 * (held-trees.ts): what comes back whole must be the analysis as made, and the disk cache
 * writes a held analysis from those bytes and reads it back whole.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { analyzeNote } from "../src/analyze/analyze-note.ts"
import type { NoteAnalysis } from "../src/analyze/types.ts"
import { createDiskCache } from "../src/pipeline/disk-cache.ts"
import { fullAnalysis, heldAnalysis, holdTrees, lightPart, treesOf } from "../src/pipeline/held-trees.ts"

const encoder = new TextEncoder()
const original = new URL("../../../content/kubernetes-intro-install.md", import.meta.url)

const notes = {
  "original.md": readFileSync(original),
  "preamble-only.md": encoder.encode("---\ntitle: 머리말만\n---\n\n파드(Pod)는 가장 작은 단위다.\n"),
  "nested.md": encoder.encode(
    "# 노드\n\n소개\n\n## 1. 컨트롤 플레인\n\n- kubelet : 노드의 에이전트\n\n### 1.1 etcd\n\n```bash\n$ kubectl get nodes\n```\n",
  ),
  "empty.md": encoder.encode(""),
  "binary.md": new Uint8Array([0, 159, 146, 150]),
}
const analyses = Object.entries(notes).map(([path, bytes]) => analyzeNote({ path, bytes }))

describe("held trees", () => {
  const root = mkdtempSync(join(tmpdir(), "kube-notes-held-"))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("should give back, whole, the analysis it was made from", () => {
    for (const analysis of analyses) {
      const held = holdTrees(analysis)
      expect(held).not.toBe(analysis)
      expect(treesOf(held)).toBeInstanceOf(Buffer)
      expect(held).not.toHaveProperty("preamble")
      for (const section of held.sections) expect(section).not.toHaveProperty("mdast")
      expect(fullAnalysis(held)).toEqual(analysis)
      // Holding a held analysis again costs nothing and changes nothing.
      expect(holdTrees(held)).toBe(held)
    }
  })

  it("should leave a whole analysis as it is when asked for it whole", () => {
    const [analysis] = analyses
    expect(treesOf(analysis as never)).toBeUndefined()
    expect(fullAnalysis(analysis as never)).toBe(analysis)
  })

  it("should refuse trees that do not match the analysis's sections", () => {
    const nested = analyses[2] as (typeof analyses)[number]
    expect(nested.sections.length).toBeGreaterThan(1)
    const held = heldAnalysis(lightPart(nested), Buffer.from(JSON.stringify([nested.preamble])))
    expect(() => fullAnalysis(held)).toThrow(/nested\.md: held trees for 0 sections, not 2/)
  })

  it("should write held and whole analyses to the disk cache and read both back whole", () => {
    const cache = createDiskCache(root)
    analyses.forEach((analysis, i) => {
      cache.set(`held${i}`, holdTrees(analysis))
      cache.set(`whole${i}`, analysis)
    })
    const again = createDiskCache(root)
    analyses.forEach((analysis, i) => {
      expect(again.get(`held${i}`)).toEqual(analysis)
      expect(again.get(`whole${i}`)).toEqual(analysis)
    })
    expect(again.get("missing")).toBeUndefined()
  })

  it("should read only an entry's trees for an analysis known without them, and the same trees as whole", () => {
    const cache = createDiskCache(join(root, "trees"))
    analyses.forEach((analysis, i) => {
      cache.set(`note${i}`, holdTrees(analysis))
    })
    const again = createDiskCache(join(root, "trees"))
    analyses.forEach((analysis, i) => {
      const trees = again.getTrees?.(`note${i}`)
      expect(trees).toBeDefined()
      expect(fullAnalysis(heldAnalysis({ ...lightPart(analysis) }, trees as Buffer))).toEqual(analysis)
    })
    expect(again.getTrees?.("missing")).toBeUndefined()
    // Written later (deferred): served from memory until then.
    const deferred = createDiskCache(join(root, "deferred"), { defer: true })
    deferred.set("whole", analyses[2] as NoteAnalysis)
    const held = deferred.getTrees?.("whole") as Buffer
    expect(fullAnalysis(heldAnalysis({ ...lightPart(analyses[2] as NoteAnalysis) }, held))).toEqual(
      analyses[2],
    )
  })
})
