/**
 * Attaches the notes' definition sentences ("**Kubelet**은 … 에이전트고") to the terms they are
 * about, as `descriptions` with their note, topic and place. A clause is about a term when its
 * topic-marked name is an alias of the term (the longest such name wins); only such names cut
 * a sentence into clauses. Each note's clauses are found on their own (describeNote), so an
 * update redoes only the notes that changed and those that asked about a changed alias.
 */
import { foldName, type TermDescription, type TermNode } from "@kube-notes/graph"
import { clausesIn } from "../analyze/definition-sentences.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { noteIdOf, topicIdOf } from "./note-index.ts"

/** More would bury the main definition on a term page; the first ones in reading order are kept. */
const MAX_DESCRIPTIONS = 8

/** One note's descriptions, each with the id of the term it is about, in the note's order. */
export type NoteDescriptions = readonly { readonly termId: string; readonly description: TermDescription }[]

/**
 * The clauses of one note (under its unique key) that describe a term of `byAlias`, and the
 * folded names it asked about: the result stays the same while none of those changes term.
 */
export function describeNote(
  key: string,
  analysis: NoteAnalysis,
  byAlias: ReadonlyMap<string, string>,
): { list: NoteDescriptions; asked: Set<string> } {
  const found: { termId: string; description: TermDescription }[] = []
  const asked = new Set<string>()
  const isTerm = (name: string) => {
    const folded = foldName(name)
    asked.add(folded)
    return byAlias.has(folded)
  }
  for (const sentence of analysis.definitionSentences ?? []) {
    const section = analysis.sections[sentence.section]
    for (const clause of clausesIn(sentence, isTerm)) {
      found.push({
        termId: byAlias.get(foldName(clause.subject)) as string,
        description: {
          text: clause.text,
          note: noteIdOf(key),
          ...(section ? { topic: topicIdOf(key, section.slug) } : {}),
          position: clause.position,
        },
      })
    }
  }
  return { list: found, asked }
}

/**
 * New term nodes with `descriptions` from every note's, in reading order (the given terms are
 * not changed: they are reused between builds). A description repeating an earlier one or the
 * term's definition is left out.
 */
export function attachDescriptions(
  terms: readonly TermNode[],
  notes: readonly NoteDescriptions[],
): TermNode[] {
  const found = new Map<string, TermDescription[]>()
  for (const note of notes)
    for (const { termId, description } of note) {
      const list = found.get(termId) ?? []
      if (!list.some((d) => d.text === description.text)) list.push(description)
      found.set(termId, list)
    }
  return terms.map((term) => {
    const list = (found.get(term.id) ?? []).filter((d) => d.text !== term.definition)
    return { ...term, descriptions: list.slice(0, MAX_DESCRIPTIONS) }
  })
}
