/**
 * The analyses a worker made, for a one-shot build without a cache (held-fragments.ts), kept
 * compact: each as UTF-8 bytes of JSON, outside the JS heap and about a third of the tree the
 * parser made. The analysis worker replies with each analysis's JSON without its mdast (what
 * the builder reads) and, in one transferred buffer, each note's whole analysis as bytes;
 * the builder holds those bytes, not trees, and hands them to a fresh fragment worker
 * (fragment-worker.ts) that decodes one note at a time, builds its fragment and lets the
 * tree go. Kept as trees in the worker that parsed them, 2,500 notes took the process to
 * 1,873 MB at 5,000 notes (`cold9`); a worker kept alive after its analyses kept its grown
 * heap through the assembly too (1,292 MB here, this round's first try).
 *
 * Each part is stringified once: the reply's text without the mdast, and the trees apart.
 */
import type { Root } from "mdast"
import type { NoteAnalysis } from "../analyze/types.ts"
import { withoutMdast } from "./without-mdast.ts"

/** A batch's analyses as the worker sends them. */
export interface HeldBatch {
  /** JSON array of the analyses without their mdast. */
  readonly json: string
  /** Every analysis, whole, as `[analysis without mdast, trees]` JSON, end to end. */
  readonly bytes: Uint8Array
  /** Each analysis's length in `bytes`. */
  readonly lengths: readonly number[]
}

/** The trees `withoutMdast` leaves out, as JSON: `[preamble, [each section's mdast]]`. */
type TreesJson = [Root | null, (Root | null)[]]

export function holdAnalyses(analyses: readonly NoteAnalysis[]): HeldBatch {
  const lights: string[] = []
  const wholes: string[] = []
  const lengths: number[] = []
  let length = 0
  for (const analysis of analyses) {
    const light = JSON.stringify(withoutMdast(analysis))
    const trees: TreesJson = [analysis.preamble, analysis.sections.map((section) => section.mdast)]
    const whole = `[${light},${JSON.stringify(trees)}]`
    lights.push(light)
    wholes.push(whole)
    const size = Buffer.byteLength(whole)
    lengths.push(size)
    length += size
  }
  // A buffer of its own (not Node's shared pool), so it can be transferred, not copied.
  const bytes = Buffer.from(new ArrayBuffer(length))
  let at = 0
  for (const whole of wholes) at += bytes.write(whole, at)
  return { json: `[${lights.join(",")}]`, bytes, lengths }
}

/** Each analysis's bytes in a batch (views of its buffer). */
export function heldBytesOf(batch: HeldBatch): Uint8Array[] {
  let at = 0
  return batch.lengths.map((length) => {
    const view = batch.bytes.subarray(at, at + length)
    at += length
    return view
  })
}

/** The whole analysis back from its bytes. */
export function decodeHeldAnalysis(bytes: Uint8Array): NoteAnalysis {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")
  const [light, [preamble, mdast]] = JSON.parse(text) as [NoteAnalysis, TreesJson]
  // Key order differs from the parser's object (the trees come last); nothing reads it.
  return {
    ...light,
    ...(preamble === null ? {} : { preamble }),
    sections: light.sections.map((section, i) => {
      const tree = mdast[i]
      return tree === null || tree === undefined ? section : { ...section, mdast: tree }
    }),
  }
}
