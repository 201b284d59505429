/**
 * Property-based: arbitrary Markdown-ish notes and arbitrary folders of them never make a build
 * throw, and every graph is sound (schema, invariants, diagnostics inside their files, no
 * unsafe URL as a resource or asset). fast-check shrinks any failure to a small counterexample.
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { folder, noteText } from "../../src/arbitraries.ts"
import { findGraphProblems } from "../../src/invariants.ts"

describe("arbitrary notes", () => {
  it("should build any single note into a sound graph", async () => {
    await fc.assert(
      fc.asyncProperty(noteText, async (text) => {
        const files = { "note.md": text }
        const { graph } = await buildGraph(createMemorySource(files))
        expect(findGraphProblems(graph, files)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it("should build any folder of notes, bytes and glossary into a sound graph", async () => {
    await fc.assert(
      fc.asyncProperty(folder, async (files) => {
        const { graph } = await buildGraph(createMemorySource(files))
        expect(findGraphProblems(graph, files)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it("should build arbitrary strings of any code points", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), async (text) => {
        const files = { "s.md": text }
        const { graph } = await buildGraph(createMemorySource(files))
        expect(findGraphProblems(graph, files)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
