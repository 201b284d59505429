/**
 * Attaches the notes' definition sentences ("**Kubelet**은 … 에이전트고") to the terms they are
 * about, as `descriptions` with their note, topic and place. A clause is about a term when its
 * topic-marked name is an alias of the term (the longest such name wins); only such names cut
 * a sentence into clauses.
 */
import { foldName, type TermDescription, type TermNode } from "@kube-notes/graph"
import { clausesIn } from "../analyze/definition-sentences.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { noteIdOf, topicIdOf } from "./note-index.ts"

/** More would bury the main definition on a term page; the first ones in reading order are kept. */
const MAX_DESCRIPTIONS = 8

/**
 * New term nodes with `descriptions` (the given ones are not changed: they are reused between
 * builds). `notes` in reading order with their unique keys.
 */
export function describeTerms(
  terms: readonly TermNode[],
  byAlias: ReadonlyMap<string, string>,
  notes: readonly { key: string; analysis: NoteAnalysis }[],
): TermNode[] {
  const found = new Map<string, TermDescription[]>()
  const isTerm = (name: string) => byAlias.has(foldName(name))
  for (const { key, analysis } of notes) {
    for (const sentence of analysis.definitionSentences ?? []) {
      const section = analysis.sections[sentence.section]
      for (const clause of clausesIn(sentence, isTerm)) {
        const termId = byAlias.get(foldName(clause.subject)) as string
        const description: TermDescription = {
          text: clause.text,
          note: noteIdOf(key),
          ...(section ? { topic: topicIdOf(key, section.slug) } : {}),
          position: clause.position,
        }
        const list = found.get(termId) ?? []
        if (!list.some((d) => d.text === description.text)) list.push(description)
        found.set(termId, list)
      }
    }
  }
  return terms.map((term) => {
    const list = (found.get(term.id) ?? []).filter((d) => d.text !== term.definition)
    return { ...term, descriptions: list.slice(0, MAX_DESCRIPTIONS) }
  })
}
