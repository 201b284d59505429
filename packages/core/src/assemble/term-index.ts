/**
 * The term index (terms, alias map, candidate diagnostics), kept up to date note by note.
 * Names that share an alias form a component; an update regroups only the components that a
 * changed note's candidates or headings touch, and leaves every other term as it was. A
 * fresh index is the same regrouping over every component at once, so an update and a full
 * build give the same terms (packages/core/test/incremental.test.ts checks it).
 */
import { type Diagnostic, foldName, type Span, type TermNode } from "@kube-notes/graph"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { GlossaryEntry } from "./glossary.ts"
import { headingNamesOf, type NoteCandidate, noteCandidatesOf } from "./note-candidates.ts"
import { assignTermIds, type Folded, groupTerms } from "./term-groups.ts"
import { judgeGroup } from "./terms.ts"

export interface TermIndex {
  readonly terms: TermNode[]
  /** Folded alias → term id. */
  readonly byAlias: Map<string, string>
  /** `term-candidate` diagnostics: candidates with too little evidence. */
  readonly diagnostics: Diagnostic[]
}

export interface TermIndexState {
  readonly index: TermIndex
  /**
   * Applies changed notes (a new analysis, or undefined for a note removed or unreadable)
   * and, when the list of notes changed, their paths in reading order. Returns whether the
   * index changed (then `index` is a new object).
   */
  update(changed: ReadonlyMap<string, NoteAnalysis | undefined>, order?: readonly string[]): boolean
}

interface Slot {
  position: number
  placed: Placed[]
  headings: string[]
}

interface Placed extends NoteCandidate {
  readonly slot: Slot
  /** Place among the note's candidates: reading order inside the note. */
  index: number
  removed: boolean
  component?: Component
}

type Entry = Folded<GlossaryEntry> & { readonly index: number }

interface Component {
  readonly names: string[]
  readonly entries: Entry[]
  readonly candidates: Placed[]
  term?: TermNode
  base?: string
  diagnostic?: Diagnostic
}

/** A term index over `notes` (readable notes in reading order), ready for updates. */
export function createTermIndex(
  glossary: { readonly entries: readonly GlossaryEntry[]; readonly exclude: readonly string[] },
  notes: readonly NoteAnalysis[],
): TermIndexState {
  const excluded = new Set(glossary.exclude.map(foldName))
  const slots = new Map<string, Slot>()
  const componentOf = new Map<string, Component>()
  const components = new Set<Component>()
  const headingCount = new Map<string, number>()
  const headings = { has: (name: string) => (headingCount.get(name) ?? 0) > 0 }
  let index: TermIndex = { terms: [], byAlias: new Map(), diagnostics: [] }

  /** Counts a note's heading names in or out; names whose presence flipped go to `seeds`. */
  const countHeadings = (names: readonly string[], delta: 1 | -1, seeds: Set<string>) => {
    for (const name of names) {
      const before = headingCount.get(name) ?? 0
      const after = before + delta
      if (after === 0) headingCount.delete(name)
      else headingCount.set(name, after)
      if ((before === 0) !== (after === 0)) seeds.add(name)
    }
  }

  /** Regroups the components that hold a seed name, with the candidates added. */
  const regroup = (seeds: Set<string>, added: Placed[], forced: Set<Component>) => {
    const affected = new Set(forced)
    for (const name of seeds) {
      const component = componentOf.get(name)
      if (component) affected.add(component)
    }
    if (affected.size === 0 && added.length === 0) return false
    const entries: Entry[] = []
    const candidates: Placed[] = [...added]
    for (const component of affected) {
      components.delete(component)
      for (const name of component.names) if (componentOf.get(name) === component) componentOf.delete(name)
      for (const entry of component.entries) entries.push(entry)
      for (const placed of component.candidates) if (!placed.removed) candidates.push(placed)
    }
    entries.sort((a, b) => a.index - b.index)
    candidates.sort((a, b) => a.slot.position - b.slot.position || a.index - b.index)
    for (const group of groupTerms(entries, candidates)) {
      const verdict = judgeGroup(group, headings)
      const component: Component = {
        names: [...new Set(group.folded.filter((name) => name.length > 0))],
        entries: group.entryInputs,
        candidates: group.candidateInputs,
        ...(verdict.term ? { term: verdict.term, base: verdict.base } : { diagnostic: verdict.diagnostic }),
      }
      components.add(component)
      for (const name of component.names) componentOf.set(name, component)
      for (const placed of component.candidates) placed.component = component
    }
    return true
  }

  /** Ids in group order, then the terms sorted by id, the alias map and the diagnostics. */
  const publish = () => {
    const ordered = [...components].sort(compareFirst)
    const withTerms = ordered.filter((component) => component.term)
    const ids = assignTermIds(withTerms.map((component) => component.base as string))
    const byAlias = new Map<string, string>()
    withTerms.forEach((component, i) => {
      const term = component.term as TermNode
      const id = ids[i] as string
      if (term.id !== id) component.term = { ...term, id }
      for (const name of [term.title, ...term.aliases]) byAlias.set(foldName(name), id)
    })
    const terms = withTerms.map((component) => component.term as TermNode)
    terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const diagnostics: Diagnostic[] = []
    for (const component of ordered) if (component.diagnostic) diagnostics.push(component.diagnostic)
    index = { terms, byAlias, diagnostics }
  }

  const setPositions = (order: readonly string[]) => {
    order.forEach((path, position) => {
      const slot = slots.get(path)
      if (slot) slot.position = position
    })
  }

  // A fresh index: every note's candidates, grouped at once.
  const added: Placed[] = []
  notes.forEach((analysis, position) => {
    const slot: Slot = { position, placed: [], headings: headingNamesOf(analysis) }
    slots.set(analysis.path, slot)
    slot.placed = placeAll(noteCandidatesOf(analysis, excluded), slot)
    for (const placed of slot.placed) added.push(placed)
    countHeadings(slot.headings, 1, new Set())
  })
  const entries = glossary.entries.map((item, i) => ({
    item,
    folded: [foldName(item.name), ...item.aliases.map(foldName)],
    index: i,
  }))
  // The glossary's entries join the fresh grouping as a component of their own would.
  regroup(new Set(), added, new Set([{ names: [], entries, candidates: [] }]))
  publish()

  return {
    get index() {
      return index
    },
    update(changed, order) {
      const seeds = new Set<string>()
      const added: Placed[] = []
      const forced = new Set<Component>()
      for (const [path, analysis] of changed) {
        const slot = slots.get(path)
        const fresh = analysis?.readable ? noteCandidatesOf(analysis, excluded) : undefined
        if (slot && !fresh) {
          for (const placed of slot.placed) retire(placed, seeds)
          countHeadings(slot.headings, -1, seeds)
          slots.delete(path)
          continue
        }
        if (!fresh || !analysis) continue
        const target = slot ?? { position: -1, placed: [], headings: [] }
        if (!slot) slots.set(path, target)
        diffCandidates(target, fresh, seeds, added, forced)
        const names = headingNamesOf(analysis)
        countHeadings(target.headings, -1, seeds)
        countHeadings(names, 1, seeds)
        target.headings = names
      }
      if (order) setPositions(order)
      if (!regroup(seeds, added, forced)) return false
      publish()
      return true
    },
  }
}

function placeAll(fresh: readonly NoteCandidate[], slot: Slot): Placed[] {
  return fresh.map((candidate, index) => ({ ...candidate, slot, index, removed: false }))
}

function retire(placed: Placed, seeds: Set<string>) {
  placed.removed = true
  for (const name of placed.folded) seeds.add(name)
}

/**
 * Compares a note's new candidates with its old ones: the common beginning and end keep
 * their places (their components stay as they are), what lies between is retired and added.
 * A kept candidate whose position moved matters only where it is the first of a component
 * below the threshold (the diagnostic points at it): that component is regrouped.
 */
function diffCandidates(
  slot: Slot,
  fresh: readonly NoteCandidate[],
  seeds: Set<string>,
  added: Placed[],
  forced: Set<Component>,
) {
  const old = slot.placed
  let start = 0
  while (start < old.length && start < fresh.length && sameCandidate(old[start], fresh[start])) start++
  let end = 0
  while (
    end < old.length - start &&
    end < fresh.length - start &&
    sameCandidate(old[old.length - 1 - end], fresh[fresh.length - 1 - end])
  )
    end++
  const keep = (placed: Placed, candidate: NoteCandidate, index: number): Placed => {
    const component = placed.component
    const moved = !samePlace(placed.item.candidate.position, candidate.item.candidate.position)
    if (moved && component?.diagnostic && component.candidates[0] === placed) forced.add(component)
    placed.item = candidate.item
    placed.index = index
    return placed
  }
  const middle = placeAll(fresh.slice(start, fresh.length - end), slot)
  middle.forEach((placed, i) => {
    placed.index = start + i
    added.push(placed)
    for (const name of placed.folded) seeds.add(name)
  })
  for (const placed of old.slice(start, old.length - end)) retire(placed, seeds)
  slot.placed = [
    ...old.slice(0, start).map((placed, i) => keep(placed, fresh[i] as NoteCandidate, i)),
    ...middle,
    ...old
      .slice(old.length - end)
      .map((placed, i) =>
        keep(placed, fresh[fresh.length - end + i] as NoteCandidate, fresh.length - end + i),
      ),
  ]
}

/** Same evidence for the term index (position aside). */
function sameCandidate(a: Placed | undefined, b: NoteCandidate | undefined): boolean {
  if (!a || !b) return false
  const x = a.item.candidate
  const y = b.item.candidate
  return (
    x.via === y.via &&
    x.name === y.name &&
    x.definition === y.definition &&
    x.aliases.length === y.aliases.length &&
    x.aliases.every((alias, i) => alias === y.aliases[i]) &&
    a.item.path === b.item.path
  )
}

function samePlace(a: Span, b: Span): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column
}

/** Group order: glossary entries first, then by the first candidate in reading order. */
function compareFirst(a: Component, b: Component): number {
  const entryA = a.entries[0]
  const entryB = b.entries[0]
  if (entryA || entryB) return entryA && entryB ? entryA.index - entryB.index : entryA ? -1 : 1
  const first = a.candidates[0] as Placed
  const second = b.candidates[0] as Placed
  return first.slot.position - second.slot.position || first.index - second.index
}
