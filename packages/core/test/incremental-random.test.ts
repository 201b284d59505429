/**
 * Random series of changes, each update compared with a full build of the same files: the
 * update shortcuts (term components regrouped in place, note refs and descriptions kept,
 * fragments checked by dependency, diagnostics reused, node and edge arrays allocated ahead)
 * must never show in the result.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createGraphBuilder } from "../src/pipeline/graph-builder.ts"
import { createMemorySource } from "../src/source/types.ts"
import { buildWithBodies, withAllBodies } from "./helpers.ts"
import { apply, GLOSSARIES, note, PATHS, step } from "./random-changes.ts"

describe("updating the graph through random series of changes", () => {
  it("should give after every update the graph and bodies a full build of the same files gives", async () => {
    const start = fc.dictionary(fc.constantFrom(...PATHS), note, { minKeys: 1 })
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 6 }), async (initial, steps) => {
        const builder = createGraphBuilder()
        let files: Record<string, string> = { ...initial, "glossary.yaml": GLOSSARIES[1] as string }
        await builder.build(createMemorySource(files))
        for (const [index, s] of steps.entries()) {
          // Every other update starts after the event loop turned, as a watch's do: the
          // builder's joiners then fill the arrays they allocated ahead (joiner.ts).
          if (index % 2 === 1) await new Promise((resolve) => setImmediate(resolve))
          const next = apply(files, s)
          files = next.files
          const updated = await builder.update(next.change)
          expect(withAllBodies(updated)).toEqual(withAllBodies(await buildWithBodies(files)))
        }
      }),
      { numRuns: 40 },
    )
  })
})
