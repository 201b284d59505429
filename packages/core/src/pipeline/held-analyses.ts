/**
 * The analyses a worker keeps for a one-shot build without a cache (held-fragments.ts), held
 * compact: each as UTF-8 bytes of JSON — the text the worker made for its reply before —
 * outside the JS heap and about a third of the tree the parser made. Kept as trees, 2,500
 * notes took the process past what the whole build may use (`cold9`: 1,873 MB at 5,000
 * notes). A note's tree is decoded only to build its fragment, one note at a time, and let go
 * once built: that JSON.parse is the one the main thread made before.
 *
 * The reply needs the analysis without its mdast, the fragment all of it: each part is
 * stringified once — the reply's text and the trees' — and the bytes kept are both.
 */
import type { Root } from "mdast"
import type { NoteAnalysis } from "../analyze/types.ts"
import { withoutMdast } from "./without-mdast.ts"

export interface HeldAnalysisStore {
  /** Keeps `analysis` (by its index in the build) as bytes; returns its JSON without the mdast, for the reply. */
  keep(index: number, analysis: NoteAnalysis): string
  /** The full analysis kept at `index`, decoded; it is no longer held. */
  take(index: number): NoteAnalysis
  readonly size: number
}

/** The trees `withoutMdast` leaves out, as JSON: `[preamble, [each section's mdast]]`. */
type TreesJson = [Root | null, (Root | null)[]]

export function createHeldAnalysisStore(): HeldAnalysisStore {
  const held = new Map<number, Buffer>()
  return {
    keep(index, analysis) {
      const light = JSON.stringify(withoutMdast(analysis))
      const trees: TreesJson = [analysis.preamble, analysis.sections.map((section) => section.mdast)]
      held.set(index, Buffer.from(`[${light},${JSON.stringify(trees)}]`))
      return light
    },
    take(index) {
      const bytes = held.get(index)
      if (!bytes) throw new Error(`no analysis held for note ${index}`)
      held.delete(index)
      const [light, [preamble, mdast]] = JSON.parse(bytes.toString("utf8")) as [NoteAnalysis, TreesJson]
      // Key order differs from the parser's object (the trees come last); nothing reads it.
      return {
        ...light,
        ...(preamble === null ? {} : { preamble }),
        sections: light.sections.map((section, i) => {
          const tree = mdast[i]
          return tree === null || tree === undefined ? section : { ...section, mdast: tree }
        }),
      }
    },
    get size() {
      return held.size
    },
  }
}
