/**
 * A heading whose own anchor was already handed out as another heading's de-duplicated anchor:
 * `## 설치-1` after `## 설치!`/`## 설치?` (which became #설치 and #설치-1). A link to #설치-1
 * could land on either, so core reports `duplicate-heading` at both lines (found by this
 * package, fixed in core ec07ffe).
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"

describe("headings colliding after slugging", () => {
  it("should report a heading whose anchor was taken by a de-duplicated one", async () => {
    const { graph } = await buildGraph(
      createMemorySource({ "s.md": "# 충돌\n\n## 설치!\n\n## 설치?\n\n## 설치-1\n" }),
    )
    const lines = graph.diagnostics.filter((d) => d.rule === "duplicate-heading").map((d) => d.line)
    expect(lines).toEqual([5, 7])
  })
})
