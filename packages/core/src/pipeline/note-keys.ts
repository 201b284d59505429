/**
 * Each readable note's unique key, in reading order: the key is the path without its
 * extension, and a second note whose key differs only in case or Unicode form gets `~2`.
 */
import type { Diagnostic } from "@kube-notes/graph"
import type { NoteAnalysis } from "../analyze/types.ts"
import { createDiagnostic } from "../diagnostics.ts"

/** Readable notes in reading order with their unique keys, and the duplicate-id diagnostics. */
export interface KeyedNotes<E> {
  notes: { key: string; entry: E }[]
  duplicates: Diagnostic[]
  keyOf: Map<E, string>
}

/** Unique keys in reading order: a second note with the same key (case or Unicode form) gets `~2`. */
export function assignKeys<E extends { analysis: NoteAnalysis }>(list: readonly E[]): KeyedNotes<E> {
  const notes: { key: string; entry: E }[] = []
  const duplicates: Diagnostic[] = []
  const usedKeys = new Map<string, string>()
  for (const entry of list) {
    const { analysis } = entry
    if (!analysis.readable) continue
    let key = analysis.key
    const firstPath = usedKeys.get(key.toLowerCase())
    if (firstPath !== undefined) {
      let n = 2
      while (usedKeys.has(`${analysis.key}~${n}`.toLowerCase())) n++
      key = `${analysis.key}~${n}`
      duplicates.push(
        createDiagnostic(
          analysis.path,
          undefined,
          "duplicate-id",
          `This note has the same id as ${firstPath} (names differ only in case or Unicode form); it was given the id ${key}. Rename one of them.`,
        ),
      )
    }
    usedKeys.set(key.toLowerCase(), analysis.path)
    notes.push({ key, entry })
  }
  return { notes, duplicates, keyOf: new Map(notes.map(({ key, entry }) => [entry, key])) }
}
