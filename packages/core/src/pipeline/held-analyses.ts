/**
 * The analyses a worker keeps for a one-shot build without a cache (held-fragments.ts), held
 * compact: each as the UTF-8 bytes of its JSON — the text the worker made for its reply
 * before — outside the JS heap and about a third of the tree the parser made (Korean text
 * takes three bytes a character in UTF-8, but a parsed tree's objects cost far more). Kept as
 * trees, 2,500 notes took the worker's heap past what the whole build may use (`cold9`:
 * 1,873 MB at 5,000 notes). A note's tree is decoded only to build its fragment, one note at
 * a time, and let go once built: the JSON.parse is the one the main thread made before.
 */
import type { NoteAnalysis } from "../analyze/types.ts"
import { withoutMdast } from "./without-mdast.ts"

export interface HeldAnalysisStore {
  /** Keeps `analysis` (by its index in the build) as bytes; returns it without its mdast, for the reply. */
  keep(index: number, analysis: NoteAnalysis): NoteAnalysis
  /** The full analysis kept at `index`, decoded; it is no longer held. */
  take(index: number): NoteAnalysis
  readonly size: number
}

export function createHeldAnalysisStore(): HeldAnalysisStore {
  const held = new Map<number, Buffer>()
  return {
    keep(index, analysis) {
      held.set(index, Buffer.from(JSON.stringify(analysis)))
      return withoutMdast(analysis)
    },
    take(index) {
      const bytes = held.get(index)
      if (!bytes) throw new Error(`no analysis held for note ${index}`)
      held.delete(index)
      return JSON.parse(bytes.toString("utf8")) as NoteAnalysis
    },
    get size() {
      return held.size
    },
  }
}
