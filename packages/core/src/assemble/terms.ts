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
import type { TermGroup } from "./term-groups.ts"

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
export function judgeGroup(group: TermGroup, headings: NameSet): GroupVerdict {
  const score = scoreGroup(group, headings)
  if (score.total < TERM_THRESHOLD) return { diagnostic: candidateDiagnostic(group, score.reasons) }
  return toTerm(group)
}

/** The evidence a group of names has, and how it adds up. */
export function scoreGroup(group: TermGroup, headings: NameSet): { total: number; reasons: string[] } {
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
  const names = [...new Set(group.folded)]
  if (names.some((n) => HANGUL.test(n)) && names.some((n) => LATIN.test(n) && !HANGUL.test(n)))
    add(1, "Korean and English names")
  if (names.some((n) => headings.has(n))) add(1, "a heading")
  if (new Set(group.candidates.map(({ path }) => path)).size >= 2) add(1, "named in several notes")
  if (names.length === 1 && /^[\uAC00-\uD7A3]+$/.test(names[0] ?? "")) add(-1, "one bare Korean word")
  return { total, reasons }
}

function candidateDiagnostic(group: TermGroup, reasons: string[]): Diagnostic {
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

function toTerm(group: TermGroup): { term: TermNode; base: string } {
  const candidates = group.candidates.map(({ candidate }) => candidate)
  // The first of the most preferred kind (what a stable sort by preference puts first).
  let best: TermCandidate | undefined
  for (const c of candidates) if (!best || PREFERENCE[c.via] < PREFERENCE[best.via]) best = c
  const title = group.glossary[0]?.name ?? best?.name ?? group.names[0] ?? "?"
  const seen = new Set([foldName(title)])
  const aliases: string[] = []
  group.names.forEach((name, index) => {
    const key = group.folded[index] as string
    if (key && !seen.has(key)) {
      seen.add(key)
      aliases.push(name.trim())
    }
  })
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
