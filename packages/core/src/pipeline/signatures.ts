/**
 * A cheap fingerprint of what one note offers links from other notes, so an update can tell
 * whether the note index (and the fragments that link here) must be looked at again.
 */
import type { NoteAnalysis } from "../analyze/types.ts"

/** What links into a note can resolve to: its path, title and headings. */
export function linkSignature(analysis: NoteAnalysis): string {
  return [
    analysis.path,
    analysis.title,
    ...analysis.sections.map((s) => `${s.slug}|${s.title}|${s.number ?? ""}`),
  ].join("\u0001")
}
