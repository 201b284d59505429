/**
 * Decides which term candidates are terms, and merges them with the glossary: names that
 * share any alias (case- and space-insensitive) are one term. The glossary names and defines
 * first; notes fill in what it leaves out.
 *
 * A candidate becomes a term when its evidence scores at least TERM_THRESHOLD
 * (docs/extraction.md explains each weight):
 *   glossary.yaml entry          +3
 *   definition (`X : …`, nested)  +2
 *   alias pair X(Y), X[Y], ACRONYM(Expansion Words)  +2
 *   bold                          +2
 *   Korean and English names      +1
 *   a heading named for it        +1
 *   named in two or more notes    +1
 *   one bare Korean word (no alias, no Latin)  −1
 * Names in glossary.yaml's `exclude:` never become terms. Candidates below the threshold
 * become `term-candidate` diagnostics, so a writer can promote them through the glossary.
 */
import { type Diagnostic, foldName, makeId, type TermNode } from "@kube-notes/graph"
import type { TermCandidate } from "../analyze/types.ts"
import { createDiagnostic } from "../diagnostics.ts"
import type { GlossaryEntry } from "./glossary.ts"

export const TERM_THRESHOLD = 2

export interface TermIndex {
  terms: TermNode[]
  /** Folded alias → term id. */
  byAlias: Map<string, string>
  /** `term-candidate` diagnostics: candidates with too little evidence. */
  diagnostics: Diagnostic[]
}

/** A candidate and the note it was found in. */
export interface PlacedCandidate {
  path: string
  candidate: TermCandidate
}

export interface TermEvidence {
  entries: GlossaryEntry[]
  candidates: PlacedCandidate[]
  /** Folded titles of every section heading, "(alias)" removed. */
  headings: ReadonlySet<string>
  exclude: readonly string[]
}

interface Group {
  names: string[]
  glossary: GlossaryEntry[]
  candidates: PlacedCandidate[]
}

const HANGUL = /[\uAC00-\uD7A3]/
const LATIN = /[A-Za-z]/

/** `candidates` in reading order: the first definition found wins after the glossary. */
export function buildTermIndex(evidence: TermEvidence): TermIndex {
  const { entries } = evidence
  const excluded = new Set(evidence.exclude.map(foldName))
  const candidates = evidence.candidates.filter(
    ({ candidate }) => ![candidate.name, ...candidate.aliases].some((name) => excluded.has(foldName(name))),
  )
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
  for (const { candidate } of candidates) add([candidate.name, ...candidate.aliases])

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
  for (const placed of candidates) {
    const group = groupOf(placed.candidate.name)
    group.candidates.push(placed)
    group.names.push(placed.candidate.name, ...placed.candidate.aliases)
  }

  const terms: TermNode[] = []
  const byAlias = new Map<string, string>()
  const diagnostics: Diagnostic[] = []
  const usedIds = new Set<string>()
  for (const group of groups.values()) {
    const score = scoreGroup(group, evidence.headings)
    if (score.total < TERM_THRESHOLD) {
      diagnostics.push(candidateDiagnostic(group, score.reasons))
      continue
    }
    const term = toTerm(group, usedIds)
    terms.push(term)
    for (const name of [term.title, ...term.aliases]) byAlias.set(foldName(name), term.id)
  }
  terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { terms, byAlias, diagnostics }
}

/** The evidence a group of names has, and how it adds up. */
export function scoreGroup(
  group: Group,
  headings: ReadonlySet<string>,
): { total: number; reasons: string[] } {
  const reasons: string[] = []
  let total = 0
  const add = (points: number, reason: string) => {
    total += points
    reasons.push(reason)
  }
  const vias = new Set(group.candidates.map(({ candidate }) => candidate.via))
  if (group.glossary.length > 0) add(3, "glossary entry")
  if (vias.has("definition")) add(2, "a definition")
  if (
    vias.has("bracket") ||
    vias.has("acronym") ||
    group.candidates.some(({ candidate }) => candidate.aliases.length > 0)
  )
    add(2, "an alias pair")
  if (vias.has("bold")) add(2, "bold")
  const names = [...new Set(group.names.map(foldName))]
  if (names.some((n) => HANGUL.test(n)) && names.some((n) => LATIN.test(n) && !HANGUL.test(n)))
    add(1, "Korean and English names")
  if (names.some((n) => headings.has(n))) add(1, "a heading")
  if (new Set(group.candidates.map(({ path }) => path)).size >= 2) add(1, "named in several notes")
  if (names.length === 1 && /^[\uAC00-\uD7A3]+$/.test(names[0] ?? "")) add(-1, "one bare Korean word")
  return { total, reasons }
}

function candidateDiagnostic(group: Group, reasons: string[]): Diagnostic {
  const first = group.candidates[0] as PlacedCandidate
  const name = first.candidate.name
  const evidence = reasons.length > 0 ? reasons.join(", ") : "none"
  return createDiagnostic(
    first.path,
    first.candidate.position.start,
    "term-candidate",
    `“${name}” may be a term, but its evidence (${evidence}) is below the threshold, so it is not in the glossary. To make it a term, add \`${name}:\` to glossary.yaml (with aliases and a definition); to stop this message, list it under \`exclude:\` there.`,
  )
}

const PREFERENCE: Record<TermCandidate["via"], number> = { definition: 0, acronym: 1, bracket: 1, bold: 2 }

function toTerm(group: Group, usedIds: Set<string>): TermNode {
  const candidates = group.candidates.map(({ candidate }) => candidate)
  const best = [...candidates].sort((a, b) => PREFERENCE[a.via] - PREFERENCE[b.via])[0]
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
  const fromNotes = candidates.find((c) => c.via === "definition" && c.definition)?.definition ?? ""
  const source: TermNode["source"] =
    group.glossary.length > 0
      ? candidates.some((c) => c.via === "definition")
        ? "both"
        : "glossary"
      : candidates.some((c) => c.via === "definition")
        ? "note"
        : "mention"
  const base = foldName(title).replace(/\s+/g, "-")
  let id = makeId("term", base)
  for (let n = 2; usedIds.has(id); n++) id = makeId("term", `${base}-${n}`)
  usedIds.add(id)
  return { id, kind: "term", title, aliases, definition: fromGlossary || fromNotes, source, descriptions: [] }
}
