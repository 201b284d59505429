import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { buildGraphFromDir } from "../src/pipeline/build-dir.ts"
import { summarizeGraph } from "../src/pipeline/graph-summary.ts"

describe("the saved graph of an unchanged folder", () => {
  const root = mkdtempSync(join(tmpdir(), "kube-notes-saved-"))
  const dir = join(root, "notes")
  const cache = join(root, "cache")
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const build = () => buildGraphFromDir(dir, { cache, threads: 1 })
  const savedGraphFile = () => {
    const name = readdirSync(join(cache, "graphs")).find(
      (f) => f.endsWith(".json") && !f.endsWith(".state.json"),
    )
    return join(cache, "graphs", name ?? "")
  }

  it("should give back the same graph with its summary, without a summary for a fresh build", async () => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "a.md"), "# A\n\n## 1. 하나\n\n[없는 곳](nowhere.md)\n")
    writeFileSync(join(dir, "b.md"), "# B\n\n## 1) 둘\n\n본문\n")
    const fresh = await build()
    expect(fresh.summary).toBeUndefined()
    const again = await build()
    expect(again.summary).toEqual(JSON.parse(JSON.stringify(summarizeGraph(fresh.graph))))
    expect(again.summary?.diagnostics.map((d) => d.rule)).toContain("broken-link")
    expect(again.graph).toEqual(fresh.graph)
    expect(again.bodies.getBody("topic:b#1-둘")).toEqual(fresh.bodies.getBody("topic:b#1-둘"))
  })

  it("should build again, not fail later, when the saved graph was damaged", async () => {
    const file = savedGraphFile()
    const text = readFileSync(file, "utf8")
    writeFileSync(file, text.replace('"note:a"', '"note:z"'))
    const rebuilt = await build()
    expect(rebuilt.summary).toBeUndefined()
    expect(rebuilt.graph.nodes.map((n) => n.id)).toContain("note:a")
  })
})
