/**
 * An analysis whose mdast is held as the UTF-8 bytes of its JSON, apart from the rest of it.
 * Only a fragment's build reads a note's mdast (its preamble and each section's tree), and the
 * build holds every analysis until then: as objects the trees were about 40% of the main
 * thread's heap when the last analysis came in (5,000 notes: 528 MB, of it ≈ 200 MB of trees
 * that take ≈ 110 MB as bytes, outside the heap the collector walks). A worker sends them as
 * bytes anyway (its analyses cross threads as JSON), so holding them costs no extra encoding;
 * they are parsed once, when the note's fragment is built.
 *
 * A held analysis is the analysis without `preamble` and the sections' `mdast` (what
 * builder snapshots keep too), known as held by this module: `fullAnalysis` gives the whole of it.
 */
import type { Root } from "mdast"
import type { NoteAnalysis } from "../analyze/types.ts"

/** The trees of each held analysis: `[preamble, ...sections' mdast]`, as JSON in UTF-8. */
const heldTrees = new WeakMap<NoteAnalysis, Buffer>()

/** The analysis's trees as `JSON.stringify([preamble, ...sections' mdast])`. */
export function treesJson(analysis: NoteAnalysis): string {
  return JSON.stringify([analysis.preamble, ...analysis.sections.map((section) => section.mdast)])
}

/** The analysis without its trees (the same object when it has none). */
export function lightPart(analysis: NoteAnalysis): NoteAnalysis {
  if (heldTrees.has(analysis) || analysis.preamble === undefined) return analysis
  const { preamble: _preamble, ...rest } = analysis
  return {
    ...rest,
    sections: analysis.sections.map(({ mdast: _mdast, ...section }) => section),
  } as NoteAnalysis
}

/** `light` (an analysis without trees) known as held, its trees being `trees`. */
export function heldAnalysis(light: NoteAnalysis, trees: Buffer): NoteAnalysis {
  heldTrees.set(light, trees)
  return light
}

/**
 * A whole analysis as a held one: its light part rebuilt through JSON (the parser's objects
 * take more memory and keep slices of the note's text alive) and its trees as bytes.
 */
export function holdTrees(analysis: NoteAnalysis): NoteAnalysis {
  if (heldTrees.has(analysis)) return analysis
  const light = JSON.parse(JSON.stringify(lightPart(analysis))) as NoteAnalysis
  return heldAnalysis(light, Buffer.from(treesJson(analysis)))
}

/** The trees' bytes of a held analysis, or undefined for any other. */
export function treesOf(analysis: NoteAnalysis): Buffer | undefined {
  return heldTrees.get(analysis)
}

/** The analysis with its trees: a held one's parsed from their bytes (a new object each call). */
export function fullAnalysis(analysis: NoteAnalysis): NoteAnalysis {
  const bytes = heldTrees.get(analysis)
  return bytes ? withTrees(analysis, bytes) : analysis
}

/** `light` with the trees `bytes` encode (see `treesJson`). */
export function withTrees(light: NoteAnalysis, bytes: Buffer | string): NoteAnalysis {
  const [preamble, ...trees] = JSON.parse(
    typeof bytes === "string" ? bytes : bytes.toString("utf8"),
  ) as Root[]
  if (trees.length !== light.sections.length)
    throw new Error(`${light.path}: held trees for ${trees.length} sections, not ${light.sections.length}`)
  return {
    ...light,
    preamble: preamble as Root,
    sections: light.sections.map((section, i) => ({ ...section, mdast: trees[i] as Root })),
  }
}
