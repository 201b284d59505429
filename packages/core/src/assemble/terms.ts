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
 * Grouping (names sharing an alias are one term) and ids are in term-groups.ts; the index is
 * kept up to date by term-index.ts. Names in glossary.yaml's `exclude:` never become terms. Candidates below the threshold
 * become `term-candidate` diagnostics, so a writer can promote them through the glossary.
 */
import { type Diagnostic, foldName, type TermNode } from "@kube-notes/graph"
import type { TermCandidate } from "../analyze/types.ts"
import { createDiagnostic } from "../diagnostics.ts"
import type { GlossaryEntry } from "./glossary.ts"
import type { Folded } from "./term-groups.ts"

export const TERM_THRESHOLD = 2

/** A candidate and the note it was found in. */
export interface PlacedCandidate {
  path: string
  candidate: TermCandidate
}

/** Only `has` is read: a set, or a count of heading names kept up to date by updates. */
export interface NameSet {
  has(name: string): boolean
}

/**
 * What is known of a group of names that share an alias: its glossary entries and candidates
 * in group order (entries first, then reading order) with their names folded, and counts kept
 * as members come and go (term-component.ts), so judging a group never walks all of it.
 */
export interface TermFacts {
  readonly entries: readonly Folded<GlossaryEntry>[]
  readonly candidates: readonly Folded<PlacedCandidate>[]
  /** Every folded name (empty ones too) → how often it is written. */
  readonly names: ReadonlyMap<string, number>
  /** How many candidates were found each way. */
  readonly vias: ReadonlyMap<TermCandidate["via"], number>
  /** How many candidates carry an alias. */
  readonly withAliases: number
  /** How many definition candidates carry a definition text. */
  readonly defined: number
  /** Note path → how many candidates it holds. */
  readonly paths: ReadonlyMap<string, number>
}

/** What a group's evidence makes of it: a term (its id still to give) or a candidate diagnostic. */
export type GroupVerdict =
  | { readonly term: TermNode; readonly base: string; readonly diagnostic?: undefined }
  | { readonly term?: undefined; readonly diagnostic: Diagnostic }

const HANGUL = /[\uAC00-\uD7A3]/
const LATIN = /[A-Za-z]/

/**
 * A term (id left empty: see assignTermIds) when the group's evidence reaches TERM_THRESHOLD,
 * else a `term-candidate` diagnostic. `headings`: folded titles of every section heading.
 */
export function judgeGroup(facts: TermFacts, headings: NameSet): GroupVerdict {
  const score = scoreGroup(facts, headings)
  if (score.total < TERM_THRESHOLD) return { diagnostic: candidateDiagnostic(facts, score.reasons) }
  return toTerm(facts)
}

/** The evidence a group of names has, and how it adds up. */
export function scoreGroup(facts: TermFacts, headings: NameSet): { total: number; reasons: string[] } {
  const reasons: string[] = []
  let total = 0
  const add = (points: number, reason: string) => {
    total += points
    reasons.push(reason)
  }
  const vias = facts.vias
  if (facts.entries.length > 0) add(3, "glossary entry")
  if (vias.has("definition")) add(2, "a definition")
  if (vias.has("bracket") || vias.has("acronym") || facts.withAliases > 0) add(2, "an alias pair")
  if (vias.has("bold")) add(2, "bold")
  const names = [...facts.names.keys()]
  if (names.some((n) => HANGUL.test(n)) && names.some((n) => LATIN.test(n) && !HANGUL.test(n)))
    add(1, "Korean and English names")
  if (names.some((n) => headings.has(n))) add(1, "a heading")
  if (facts.paths.size >= 2) add(1, "named in several notes")
  if (names.length === 1 && /^[\uAC00-\uD7A3]+$/.test(names[0] ?? "")) add(-1, "one bare Korean word")
  return { total, reasons }
}

function candidateDiagnostic(facts: TermFacts, reasons: string[]): Diagnostic {
  const first = (facts.candidates[0] as Folded<PlacedCandidate>).item
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

/** The first candidate (in reading order) that `test` accepts; walks only as far as it must. */
function firstCandidate(facts: TermFacts, test: (c: TermCandidate) => boolean): TermCandidate | undefined {
  for (const { item } of facts.candidates) if (test(item.candidate)) return item.candidate
  return undefined
}

function toTerm(facts: TermFacts): { term: TermNode; base: string } {
  const { entries, vias } = facts
  // The first of the most preferred kind found (what a stable sort by preference puts first).
  const preferred = Math.min(...[...vias.keys()].map((via) => PREFERENCE[via]))
  const best = firstCandidate(facts, (c) => PREFERENCE[c.via] === preferred)
  const firstName = entries[0]?.item.name ?? facts.candidates[0]?.item.candidate.name
  const title = entries[0]?.item.name ?? best?.name ?? firstName ?? "?"
  const aliases = firstSpellings(facts, foldName(title))
  const fromGlossary = entries.find(({ item }) => item.definition)?.item.definition ?? ""
  const fromNotes =
    facts.defined > 0
      ? (firstCandidate(facts, (c) => c.via === "definition" && !!c.definition)?.definition ?? "")
      : ""
  const defines = vias.has("definition")
  const source: TermNode["source"] =
    entries.length > 0 ? (defines ? "both" : "glossary") : defines ? "note" : "mention"
  const base = foldName(title).replace(/\s+/g, "-")
  return {
    term: {
      id: "",
      kind: "term",
      title,
      aliases,
      definition: fromGlossary || fromNotes,
      source,
      descriptions: [],
    },
    base,
  }
}

/**
 * Every name other than the title, as first written (trimmed), in group order; the walk
 * stops once every distinct name has been seen.
 */
function firstSpellings(facts: TermFacts, titleKey: string): string[] {
  const seen = new Set([titleKey])
  let wanted = 0
  for (const key of facts.names.keys()) if (key && key !== titleKey) wanted++
  const aliases: string[] = []
  const visit = (names: readonly string[], folded: readonly string[]) => {
    names.forEach((name, index) => {
      const key = folded[index] as string
      if (key && !seen.has(key)) {
        seen.add(key)
        aliases.push(name.trim())
      }
    })
    return aliases.length >= wanted
  }
  for (const { item, folded } of facts.entries)
    if (visit([item.name, ...item.aliases], folded)) return aliases
  for (const { item, folded } of facts.candidates)
    if (visit([item.candidate.name, ...item.candidate.aliases], folded)) return aliases
  return aliases
}
