import type { NoteAnalysis } from "../analyze/types.ts"

/**
 * What a snapshot keeps of an analysis, and what a worker holding a note's tree sends back:
 * all but the mdast, which only a fragment's build reads.
 */
export function withoutMdast(analysis: NoteAnalysis): NoteAnalysis {
  const { preamble: _preamble, ...rest } = analysis
  return {
    ...rest,
    sections: analysis.sections.map(({ mdast: _mdast, ...section }) => section),
  } as NoteAnalysis
}
