/**
 * Merges term candidates from every note with the glossary: names that share any alias
 * (case- and space-insensitive) are one term. The glossary names and defines first; notes
 * fill in what it leaves out.
 */
import { foldName, makeId, type TermNode } from "@kube-notes/graph"
import type { TermCandidate } from "../analyze/types.ts"
import type { GlossaryEntry } from "./glossary.ts"

export interface TermIndex {
  terms: TermNode[]
  /** Folded alias → term id. */
  byAlias: Map<string, string>
}

interface Group {
  names: string[]
  glossary: GlossaryEntry[]
  candidates: TermCandidate[]
}

/** `candidates` in reading order: the first definition found wins after the glossary. */
export function buildTermIndex(entries: GlossaryEntry[], candidates: TermCandidate[]): TermIndex {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    for (let at = key; at !== root; ) {
      const next = parent.get(at) ?? root
      parent.set(at, root)
      at = next
    }
    return root
  }
  const add = (names: string[]) => {
    const keys = names.map(foldName).filter((key) => key.length > 0)
    for (const key of keys) if (!parent.has(key)) parent.set(key, key)
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0] as string))
  }
  for (const entry of entries) add([entry.name, ...entry.aliases])
  for (const candidate of candidates) add([candidate.name, ...candidate.aliases])

  const groups = new Map<string, Group>()
  const groupOf = (name: string): Group => {
    const root = find(foldName(name))
    let group = groups.get(root)
    if (!group) {
      group = { names: [], glossary: [], candidates: [] }
      groups.set(root, group)
    }
    return group
  }
  for (const entry of entries) {
    const group = groupOf(entry.name)
    group.glossary.push(entry)
    group.names.push(entry.name, ...entry.aliases)
  }
  for (const candidate of candidates) {
    const group = groupOf(candidate.name)
    group.candidates.push(candidate)
    group.names.push(candidate.name, ...candidate.aliases)
  }

  const terms: TermNode[] = []
  const byAlias = new Map<string, string>()
  const usedIds = new Set<string>()
  for (const group of groups.values()) {
    const term = toTerm(group, usedIds)
    terms.push(term)
    for (const name of [term.title, ...term.aliases]) byAlias.set(foldName(name), term.id)
  }
  terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { terms, byAlias }
}

const PREFERENCE: Record<TermCandidate["via"], number> = { definition: 0, acronym: 1, bracket: 1, bold: 2 }

function toTerm(group: Group, usedIds: Set<string>): TermNode {
  const best = [...group.candidates].sort((a, b) => PREFERENCE[a.via] - PREFERENCE[b.via])[0]
  const title = group.glossary[0]?.name ?? best?.name ?? group.names[0] ?? "?"
  const seen = new Set([foldName(title)])
  const aliases: string[] = []
  for (const name of group.names) {
    const key = foldName(name)
    if (key && !seen.has(key)) {
      seen.add(key)
      aliases.push(name.trim())
    }
  }
  const fromGlossary = group.glossary.find((entry) => entry.definition)?.definition ?? ""
  const fromNotes = group.candidates.find((c) => c.via === "definition" && c.definition)?.definition ?? ""
  const source: TermNode["source"] =
    group.glossary.length > 0
      ? group.candidates.some((c) => c.via === "definition")
        ? "both"
        : "glossary"
      : group.candidates.some((c) => c.via === "definition")
        ? "note"
        : "mention"
  const base = foldName(title).replace(/\s+/g, "-")
  let id = makeId("term", base)
  for (let n = 2; usedIds.has(id); n++) id = makeId("term", `${base}-${n}`)
  usedIds.add(id)
  return { id, kind: "term", title, aliases, definition: fromGlossary || fromNotes, source, descriptions: [] }
}
