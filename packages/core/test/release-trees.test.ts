/**
 * A builder made with `releaseTrees` (buildGraphFromDir's, which builds once) drops each note's
 * mdast once its fragment is built, so a cold build does not hold every tree twice (in the
 * analyses and in the bodies). What it builds must not change: the same graph and bodies as
 * a builder that keeps its trees, through updates too, which then read a dropped analysis
 * again (from the analysis cache, or by analysing the note's source once more).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { NoteAnalysis } from "../src/analyze/types.ts"
import { createDirBuilder } from "../src/pipeline/build-graph.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import { type AnalysisCache, createGraphBuilder, hashFile } from "../src/pipeline/graph-builder.ts"
import { createMemorySource } from "../src/source/types.ts"
import { buildWithBodies, withAllBodies } from "./helpers.ts"
import { apply, GLOSSARIES, note, PATHS, step } from "./random-changes.ts"

const encoder = new TextEncoder()

/** An analysis cache in memory that counts what it was asked for, by hash. */
function countingCache(): AnalysisCache & { asked: string[] } {
  const stored = new Map<string, NoteAnalysis>()
  const asked: string[] = []
  return {
    asked,
    get(hash) {
      asked.push(hash)
      return stored.get(hash)
    },
    set(hash, analysis) {
      stored.set(hash, analysis)
    },
  }
}

/** The graph, every note's bodies, and every note's bodies file as its text (the bytes a writer writes). */
function everything(built: BuiltGraph) {
  const notes = built.graph.nodes.filter((node) => node.kind === "note")
  return {
    ...withAllBodies(built),
    files: notes.map((node) => built.bodies.encodeNoteBodies(node.id)?.bytes().toString("utf8")),
  }
}

describe("a builder that releases its trees", () => {
  it("should build and update to what a full build of the same files gives", async () => {
    const start = fc.dictionary(fc.constantFrom(...PATHS), note, { minKeys: 1 })
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 6 }), async (initial, steps) => {
        const builder = createGraphBuilder({ releaseTrees: true })
        let files: Record<string, string> = { ...initial, "glossary.yaml": GLOSSARIES[1] as string }
        const built = await builder.build(createMemorySource(files))
        // Its bodies are held as their files' bytes: decoded when read, written as they are.
        expect(everything(built)).toEqual(everything(await buildWithBodies(files)))
        for (const s of steps) {
          const next = apply(files, s)
          files = next.files
          const updated = await builder.update(next.change)
          expect(everything(updated)).toEqual(everything(await buildWithBodies(files)))
        }
      }),
      { numRuns: 25 },
    )
  })

  it("should read an unchanged note's analysis again only when its fragment is built again", async () => {
    const asked = async (releaseTrees: boolean) => {
      const cache = countingCache()
      const builder = createGraphBuilder({ cache, releaseTrees })
      await builder.build(createMemorySource(TWO_NOTES))
      cache.asked.length = 0
      // 큐블렛 becomes Kubelet's alias: a's fragment marks it, b's stays as it was.
      const updated = await builder.update({ glossary: KUBELET_GLOSSARY })
      await expectFullBuildWithGlossary(updated)
      expect(JSON.stringify(updated.bodies.getBody("topic:a#1-하나"))).toContain('"termMention"')
      return cache.asked
    }
    expect(await asked(true)).toEqual([HASH_OF_A])
    expect(await asked(false)).toEqual([])
  })

  it("should be what createDirBuilder makes with a cache that holds the trees, and only then", async () => {
    const asked = async (takesHeldTrees: boolean) => {
      // As core's disk cache says of itself (it keeps every tree), or as a caller's own cache.
      const cache = Object.assign(countingCache(), takesHeldTrees ? { takesHeldTrees } : {})
      const builder = createDirBuilder({ threads: 1 }, cache)
      await builder.build(createMemorySource(TWO_NOTES))
      cache.asked.length = 0
      await expectFullBuildWithGlossary(await builder.update({ glossary: KUBELET_GLOSSARY }))
      return cache.asked
    }
    // Released: a's fragment, built again, reads a's trees from the cache.
    expect(await asked(true)).toEqual([HASH_OF_A])
    expect(await asked(false)).toEqual([])
  })

  it("should analyse a note again when its cached trees are damaged, and build the same", async () => {
    const damaged: string[] = []
    // Trees cut short (a disk that filled up while writing), and no whole entry either.
    const cache: AnalysisCache = {
      takesHeldTrees: true,
      get: () => undefined,
      set() {},
      getTrees(hash) {
        damaged.push(hash)
        return Buffer.from('[{"type":"root","chil')
      },
    }
    const builder = createDirBuilder({ threads: 1 }, cache)
    await builder.build(createMemorySource(TWO_NOTES))
    await expectFullBuildWithGlossary(await builder.update({ glossary: KUBELET_GLOSSARY }))
    expect(damaged).toHaveLength(1)
  })
})

/** Two notes; the glossary below makes a's 큐블렛 a mention of Kubelet and leaves b as it was. */
const TWO_NOTES = {
  "a.md": "# A\n\n## 1. 하나\n\n큐블렛 이야기\n",
  "b.md": "# B\n\n## 1. 둘\n\n본문\n",
}
const HASH_OF_A = hashFile({ path: "a.md", bytes: encoder.encode(TWO_NOTES["a.md"]) })
const KUBELET_GLOSSARY = { path: "glossary.yaml", bytes: encoder.encode(GLOSSARIES[1] as string) }

/** The update's graph and bodies are a full build's of the two notes with that glossary. */
async function expectFullBuildWithGlossary(updated: BuiltGraph): Promise<void> {
  const full = await buildWithBodies({ ...TWO_NOTES, "glossary.yaml": GLOSSARIES[1] as string })
  expect(withAllBodies(updated)).toEqual(withAllBodies(full))
}
