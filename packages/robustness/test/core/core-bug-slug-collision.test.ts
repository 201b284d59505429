/**
 * FAILS against core as of this writing (reported to the lead): a heading whose own anchor
 * was already handed out as another heading's de-duplicated anchor is renamed silently.
 * `## 설치-1` after `## 설치!`/`## 설치?` becomes #설치-1-1 with no diagnostic, so a link
 * to #설치-1 lands on “설치?” instead of the heading the author wrote.
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"

describe("headings colliding after slugging", () => {
  it("should report a heading whose anchor was taken by a de-duplicated one", async () => {
    const graph = await buildGraph(
      createMemorySource({ "s.md": "# 충돌\n\n## 설치!\n\n## 설치?\n\n## 설치-1\n" }),
    )
    const lines = graph.diagnostics.filter((d) => d.rule === "duplicate-heading").map((d) => d.line)
    expect(lines).toEqual([5, 7])
  })
})
