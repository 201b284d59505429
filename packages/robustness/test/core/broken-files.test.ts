/**
 * Broken files: each yields its diagnostic (file, line, column, rule) and the rest still
 * builds — never a throw, never a silent loss.
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { BROKEN_FILES, GOOD_NOTE } from "../../src/broken-files.ts"
import { findGraphProblems } from "../../src/invariants.ts"
import { noteOf, rulesOf } from "../helpers/graph-helpers.ts"

const files: Record<string, string | Uint8Array> = {
  "good.md": GOOD_NOTE,
  ...Object.fromEntries(BROKEN_FILES.map((f) => [f.path, f.content])),
}
const { graph } = await buildGraph(createMemorySource(files))

describe("broken files", () => {
  it("should build them all into a sound graph beside a good note", () => {
    expect(findGraphProblems(graph, files)).toEqual([])
    expect(noteOf(graph, "good.md")?.title).toBe("좋은 노트")
  })

  for (const file of BROKEN_FILES) {
    it(`should report ${file.path} as ${file.rules.join(", ") || "nothing"} and title it ${file.title ?? "(skipped)"}`, () => {
      expect(rulesOf(graph, file.path)).toEqual(file.rules)
      expect(noteOf(graph, file.path)?.title).toBe(file.title)
    })
  }

  it("should give notes whose ids collide distinct ids", () => {
    const ids = graph.nodes.filter((n) => n.kind === "note").map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("should give headings that collide after slugging distinct anchors", () => {
    const slugs = graph.nodes.flatMap((n) =>
      n.kind === "topic" && n.note === "note:broken/slug-collisions" ? [n.slug] : [],
    )
    expect(slugs).toHaveLength(4)
    expect(new Set(slugs).size).toBe(4)
  })
})
