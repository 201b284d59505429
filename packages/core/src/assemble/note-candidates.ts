/**
 * What one note gives the term index: its term candidates with their names folded once, and
 * its headings' names (a heading named for a term is evidence for it).
 */
import { splitNameAndAlias } from "../analyze/terms.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { foldOnce } from "./fold-once.ts"
import type { Folded } from "./term-groups.ts"
import type { PlacedCandidate } from "./terms.ts"

export interface NoteCandidate extends Folded<PlacedCandidate> {
  item: PlacedCandidate
}

/** The note's candidates in reading order, leaving out any with a name in `excluded` (folded). */
export function noteCandidatesOf(analysis: NoteAnalysis, excluded: ReadonlySet<string>): NoteCandidate[] {
  const found: NoteCandidate[] = []
  for (const scope of [analysis.preambleFindings, ...analysis.sections])
    for (const candidate of scope.terms) {
      const folded = [foldOnce(candidate.name), ...candidate.aliases.map(foldOnce)]
      if (folded.some((name) => excluded.has(name))) continue
      found.push({ item: { path: analysis.path, candidate }, folded })
    }
  return found
}

/** Every section heading's title, folded, with a trailing "(alias)" read as a second name. */
export function headingNamesOf(analysis: NoteAnalysis): string[] {
  const names: string[] = []
  for (const section of analysis.sections) {
    const { name, aliases } = splitNameAndAlias(section.title)
    for (const n of [name, ...aliases]) names.push(foldOnce(n))
  }
  return names
}
