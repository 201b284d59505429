/**
 * Cheap fingerprints of what one note contributes to the whole graph, so an update can tell
 * whether other notes' fragments must be rebuilt (new terms or headings) or not.
 */
import type { NoteAnalysis } from "../analyze/types.ts"

/** The term candidates a note introduces (names, aliases, evidence) and its headings (evidence too). */
export function termSignature(analysis: NoteAnalysis): string {
  const names: string[] = []
  for (const scope of [analysis.preambleFindings, ...analysis.sections])
    for (const term of scope.terms) names.push(term.via, term.name, ...term.aliases)
  for (const section of analysis.sections) names.push(section.title)
  return names.join("\u0001")
}

/** What links into a note can resolve to: its path, title and headings. */
export function linkSignature(analysis: NoteAnalysis): string {
  return [
    analysis.path,
    analysis.title,
    ...analysis.sections.map((s) => `${s.slug}|${s.title}|${s.number ?? ""}`),
  ].join("\u0001")
}
