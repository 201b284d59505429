/**
 * A one-shot build without a cache has the fragments of the notes a worker parsed built in
 * another worker (pipeline/held-fragments.ts), each analysis carried there as its JSON's bytes
 * (held-analyses.ts): the builder gets the analysis without its mdast, and the fragment back as
 * text with its bodies' bytes, a few fragments a message. What it builds must not change. The
 * pool's workers cannot run from these sources, so a stand-in holds every other note's
 * analysis as those bytes in this thread and sends its replies through `structuredClone`, as
 * `postMessage` would; corpus.test.ts runs the real workers (core's dist).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { analyzeNote } from "../src/analyze/analyze-note.ts"
import type { NoteAnalysis } from "../src/analyze/types.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import { type AnalyzeMany, createGraphBuilder, type HeldAnalyses } from "../src/pipeline/graph-builder.ts"
import { decodeHeldAnalysis, heldBytesOf, holdAnalyses } from "../src/pipeline/held-analyses.ts"
import { buildHeldFragments, readHeldFragments } from "../src/pipeline/held-fragments.ts"
import { createMemorySource } from "../src/source/types.ts"
import { buildWithBodies, withAllBodies } from "./helpers.ts"
import { apply, GLOSSARIES, note, PATHS, step } from "./random-changes.ts"

/** An analyser that holds the analyses of odd-numbered files as a worker would; counts what it built. */
function standInAnalyzer(): AnalyzeMany & { built: number; open: number } {
  const analyzer = Object.assign(async (files: Parameters<AnalyzeMany>[0]) => files.map(analyzeNote), {
    built: 0,
    open: 0,
    async keepingTrees(files: Parameters<AnalyzeMany>[0]): Promise<HeldAnalyses> {
      const remote = (index: number) => index % 2 === 1
      // Sent as the analysis worker sends them: without mdast as text, whole as bytes.
      const held = new Map<number, Uint8Array>()
      const analyses = files.map((file, i) => {
        const analysis = analyzeNote(file)
        if (!remote(i)) return analysis
        const batch = structuredClone(holdAnalyses([analysis]))
        held.set(i, heldBytesOf(batch)[0] as Uint8Array)
        return (JSON.parse(batch.json) as NoteAnalysis[])[0] as NoteAnalysis
      })
      analyzer.open++
      let closed = false
      const close = async () => {
        if (!closed) analyzer.open--
        closed = true
      }
      return {
        analyses,
        isRemote: remote,
        async buildFragments(context, keys) {
          const asked = [...keys].map(
            ([index, key]) => [() => decodeHeldAnalysis(held.get(index) as Uint8Array), key] as const,
          )
          // Two fragments a reply, so a build's come in several, as a large build's do.
          const replies = [...buildHeldFragments(structuredClone(context), asked, 2)].map((reply) =>
            structuredClone(reply),
          )
          analyzer.built += asked.length
          const made = replies.flatMap(readHeldFragments)
          await close()
          return new Map([...keys.keys()].map((index, i) => [index, made[i] as (typeof made)[number]]))
        },
        close,
      }
    },
  })
  return analyzer
}

/** The graph, every note's bodies, and every note's bodies file as bytes. */
function everything(built: BuiltGraph) {
  const notes = built.graph.nodes.filter((node) => node.kind === "note")
  return {
    ...withAllBodies(built),
    files: notes.map((node) => built.bodies.encodeNoteBodies(node.id)?.bytes().toString("utf8")),
  }
}

describe("fragments built where their notes were parsed", () => {
  it("should build and update to what a full build of the same files gives", async () => {
    const start = fc.dictionary(fc.constantFrom(...PATHS), note, { minKeys: 2 })
    let builtElsewhere = 0
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 4 }), async (initial, steps) => {
        const analyzeMany = standInAnalyzer()
        const builder = createGraphBuilder({ releaseTrees: true, analyzeMany })
        let files: Record<string, string> = { ...initial, "glossary.yaml": GLOSSARIES[1] as string }
        const built = await builder.build(createMemorySource(files))
        expect(everything(built)).toEqual(everything(await buildWithBodies(files)))
        // Every other note was held elsewhere and its fragment built there; nothing is left open.
        builtElsewhere += analyzeMany.built
        expect(analyzeMany.open).toBe(0)
        for (const s of steps) {
          const next = apply(files, s)
          files = next.files
          const updated = await builder.update(next.change)
          expect(everything(updated)).toEqual(everything(await buildWithBodies(files)))
          expect(analyzeMany.open).toBe(0)
        }
      }),
      { numRuns: 20 },
    )
    // (A run whose held notes are all unreadable builds none of them elsewhere.)
    expect(builtElsewhere).toBeGreaterThan(10)
  })

  it("should keep today's path when the build has an analysis cache", async () => {
    const analyzeMany = standInAnalyzer()
    const cache = new Map<string, NoteAnalysis>()
    const builder = createGraphBuilder({
      releaseTrees: true,
      analyzeMany,
      cache: { get: (hash) => cache.get(hash), set: (hash, analysis) => cache.set(hash, analysis) },
    })
    const files = { "a.md": "# A\n\n## 1. 하나\n\n큐블렛\n", "b.md": "# B\n\n[[A#하나]]\n" }
    const built = await builder.build(createMemorySource(files))
    expect(everything(built)).toEqual(everything(await buildWithBodies(files)))
    // The cache keeps full analyses: none was held elsewhere.
    expect(analyzeMany.built).toBe(0)
    expect([...cache.values()].every((analysis) => analysis.preamble !== undefined)).toBe(true)
  })
})
