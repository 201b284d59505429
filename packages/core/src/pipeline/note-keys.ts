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
  /** Each key in lower case → its note (a key differing only in case would be a duplicate). */
  taken: Map<string, E>
}

/** Unique keys in reading order: a second note with the same key (case or Unicode form) gets `~2`. */
export function assignKeys<E extends { analysis: NoteAnalysis }>(list: readonly E[]): KeyedNotes<E> {
  const notes: { key: string; entry: E }[] = []
  const duplicates: Diagnostic[] = []
  const usedKeys = new Map<string, string>()
  const taken = new Map<string, E>()
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
    taken.set(key.toLowerCase(), entry)
    notes.push({ key, entry })
  }
  return { notes, duplicates, keyOf: new Map(notes.map(({ key, entry }) => [entry, key])), taken }
}

/**
 * The keys after the `moved` entries left reading order and those still in `ordered` came
 * back at their places (a note added, removed or reordered). While no two notes share a key
 * a note's key is its own, so only the moved ones are keyed; otherwise (or when a moved note
 * would share one) every note is keyed again, as `assignKeys` does. Changes `keyed`.
 */
export function patchKeys<E extends { analysis: NoteAnalysis }>(
  keyed: KeyedNotes<E>,
  ordered: readonly E[],
  moved: ReadonlySet<E>,
  compare: (a: E, b: E) => number,
): KeyedNotes<E> {
  if (keyed.duplicates.length > 0) return assignKeys(ordered)
  const { keyOf, taken } = keyed
  const notes = keyed.notes.filter(({ entry }) => !moved.has(entry))
  for (const entry of moved) {
    const key = keyOf.get(entry)
    if (key === undefined) continue
    keyOf.delete(entry)
    taken.delete(key.toLowerCase())
  }
  const live = new Set(ordered.filter((entry) => moved.has(entry)))
  for (const entry of live) {
    if (!entry.analysis.readable) continue
    const { key } = entry.analysis
    if (taken.has(key.toLowerCase())) return assignKeys(ordered)
    taken.set(key.toLowerCase(), entry)
    keyOf.set(entry, key)
    let low = 0
    let high = notes.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare((notes[middle] as { entry: E }).entry, entry) < 0) low = middle + 1
      else high = middle
    }
    notes.splice(low, 0, { key, entry })
  }
  return { notes, duplicates: keyed.duplicates, keyOf, taken }
}
