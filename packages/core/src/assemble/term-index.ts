/**
 * The term index (terms, alias map, candidate diagnostics), kept up to date note by note.
 * Names that share an alias form a component (term-component.ts); an update moves only the
 * candidates of the notes that changed in or out of their components, judges again only the
 * components they (or a heading) touched, and leaves every other term as it was. A fresh
 * index groups every candidate at once with the same judging, so an update and a full build
 * give the same terms (packages/core/test/incremental.test.ts checks it).
 */
import { type Diagnostic, foldName, type Span, type TermNode } from "@kube-notes/graph"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { GlossaryEntry } from "./glossary.ts"
import { headingNamesOf, type NoteCandidate, noteCandidatesOf } from "./note-candidates.ts"
import {
  type Component,
  compareCandidates,
  compareComponents,
  createComponent,
  dropRemoved,
  type Entry,
  insertCandidate,
  mergeComponents,
  type Placed,
  splitComponent,
} from "./term-component.ts"
import { assignTermIds, groupTerms } from "./term-groups.ts"
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
   * Applies changed notes (a new analysis, or undefined for a note removed) and, when the
   * list of notes changed, their paths in reading order. Returns whether the index changed
   * (then `index` is a new object).
   */
  update(changed: ReadonlyMap<string, NoteAnalysis | undefined>, order?: readonly string[]): boolean
}

interface Slot {
  position: number
  placed: Placed[]
  headings: string[]
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

  /** Counts a note's heading names in or out; names whose presence flipped go to `flipped`. */
  const countHeadings = (names: readonly string[], delta: 1 | -1, flipped: Set<string>) => {
    for (const name of names) {
      const before = headingCount.get(name) ?? 0
      const after = before + delta
      if (after === 0) headingCount.delete(name)
      else headingCount.set(name, after)
      if ((before === 0) !== (after === 0)) flipped.add(name)
    }
  }

  const register = (component: Component, dirty: Set<Component>) => {
    components.add(component)
    dirty.add(component)
    for (const name of component.names.keys()) if (name) componentOf.set(name, component)
    for (const placed of component.candidates) placed.component = component
  }
  const unregister = (component: Component, dirty: Set<Component>) => {
    components.delete(component)
    dirty.delete(component)
    for (const name of component.names.keys())
      if (componentOf.get(name) === component) componentOf.delete(name)
  }

  /** Takes the removed candidates out of their components, splitting those that fall apart. */
  const dropFrom = (touched: Map<Component, Placed[]>, dirty: Set<Component>) => {
    for (const [component, removed] of touched) {
      const lostJoin = dropRemoved(component, removed)
      // Only the removed candidates' names can have left the component.
      for (const placed of removed)
        for (const name of placed.folded)
          if (!component.names.has(name) && componentOf.get(name) === component) componentOf.delete(name)
      dirty.add(component)
      if (component.candidates.length === 0 && component.entries.length === 0) unregister(component, dirty)
      else if (lostJoin) {
        const parts = splitComponent(component)
        if (parts.length > 1) {
          unregister(component, dirty)
          for (const part of parts) register(part, dirty)
        }
      }
    }
  }

  /** Puts a new candidate in the component of its names (joining components it links). */
  const add = (placed: Placed, dirty: Set<Component>) => {
    const found = new Set<Component>()
    for (const name of placed.folded) {
      const component = name ? componentOf.get(name) : undefined
      if (component) found.add(component)
    }
    let target: Component
    if (found.size === 0) {
      target = createComponent([], [])
      register(target, dirty)
    } else if (found.size === 1) target = [...found][0] as Component
    else {
      for (const part of found) unregister(part, dirty)
      target = mergeComponents([...found])
      register(target, dirty)
    }
    insertCandidate(target, placed)
    dirty.add(target)
    for (const name of placed.folded) if (name) componentOf.set(name, target)
  }

  /** Judges the touched components, then ids in group order, terms by id, aliases and diagnostics. */
  const publish = (dirty: Set<Component>) => {
    for (const component of dirty) component.verdict = judgeGroup(component, headings)
    const ordered = [...components].sort(compareComponents)
    const withTerms = ordered.filter((component) => component.verdict?.term)
    const ids = assignTermIds(withTerms.map((component) => (component.verdict as { base: string }).base))
    const byAlias = new Map<string, string>()
    const terms = withTerms.map((component, i) => {
      const verdict = component.verdict as { term: TermNode; base: string }
      const id = ids[i] as string
      if (verdict.term.id !== id) component.verdict = { ...verdict, term: { ...verdict.term, id } }
      const term = (component.verdict as { term: TermNode }).term
      for (const name of [term.title, ...term.aliases]) byAlias.set(foldName(name), id)
      return term
    })
    terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const diagnostics: Diagnostic[] = []
    for (const component of ordered)
      if (component.verdict?.diagnostic) diagnostics.push(component.verdict.diagnostic)
    index = { terms, byAlias, diagnostics }
  }

  // A fresh index: every note's candidates, grouped at once.
  const all: Placed[] = []
  notes.forEach((analysis, position) => {
    const slot: Slot = { position, placed: [], headings: headingNamesOf(analysis) }
    slots.set(analysis.path, slot)
    slot.placed = placeAll(noteCandidatesOf(analysis, excluded), slot, 0)
    for (const placed of slot.placed) all.push(placed)
    countHeadings(slot.headings, 1, new Set())
  })
  const entries: Entry[] = glossary.entries.map((item, i) => ({
    item,
    folded: [foldName(item.name), ...item.aliases.map(foldName)],
    index: i,
  }))
  const fresh = new Set<Component>()
  for (const group of groupTerms(entries, all))
    register(createComponent(group.entries, group.candidates), fresh)
  publish(fresh)

  return {
    get index() {
      return index
    },
    update(changed, order) {
      const dirty = new Set<Component>()
      const touched = new Map<Component, Placed[]>()
      const added: Placed[] = []
      const flipped = new Set<string>()
      const retire = (placed: Placed) => {
        placed.removed = true
        const { component } = placed
        if (!component) return
        const list = touched.get(component)
        if (list) list.push(placed)
        else touched.set(component, [placed])
      }
      for (const [path, analysis] of changed) {
        const slot = slots.get(path)
        const found = analysis?.readable ? noteCandidatesOf(analysis, excluded) : undefined
        if (!found || !analysis) {
          if (!slot) continue
          for (const placed of slot.placed) retire(placed)
          countHeadings(slot.headings, -1, flipped)
          slots.delete(path)
          continue
        }
        const target = slot ?? { position: -1, placed: [], headings: [] }
        if (!slot) slots.set(path, target)
        // When notes moved in reading order, a changed note may be one that moved: its old
        // candidates' places in their components are no longer in order, so all are replaced.
        const keepPlaces = order === undefined
        diffCandidates(target, found, keepPlaces, { retire, add: (placed) => added.push(placed), dirty })
        const names = headingNamesOf(analysis)
        countHeadings(target.headings, -1, flipped)
        countHeadings(names, 1, flipped)
        target.headings = names
      }
      // Dropped while every note is still at its old place, where its candidates were sorted.
      dropFrom(touched, dirty)
      if (order)
        order.forEach((path, position) => {
          const slot = slots.get(path)
          if (slot) slot.position = position
        })
      for (const placed of added.sort(compareCandidates)) add(placed, dirty)
      for (const name of flipped) {
        const component = componentOf.get(name)
        if (component) dirty.add(component)
      }
      if (dirty.size === 0 && touched.size === 0 && added.length === 0) return false
      publish(dirty)
      return true
    },
  }
}

function placeAll(found: readonly NoteCandidate[], slot: Slot, from: number): Placed[] {
  return found.map(({ item, folded }, i) => ({ item, folded, slot, index: from + i, removed: false }))
}

/**
 * Compares a note's new candidates with its old ones: the common beginning and end keep
 * their places (their components stay as they are), what lies between is retired and added.
 * A kept candidate whose position moved matters only where it is the first of a component
 * below the threshold (the diagnostic points at it): that component is judged again.
 */
function diffCandidates(
  slot: Slot,
  found: readonly NoteCandidate[],
  keepPlaces: boolean,
  on: { retire(placed: Placed): void; add(placed: Placed): void; dirty: Set<Component> },
) {
  const old = slot.placed
  let start = 0
  while (keepPlaces && start < old.length && start < found.length && sameCandidate(old[start], found[start]))
    start++
  let end = 0
  while (
    keepPlaces &&
    end < old.length - start &&
    end < found.length - start &&
    sameCandidate(old[old.length - 1 - end], found[found.length - 1 - end])
  )
    end++
  const keep = (placed: Placed, index: number): Placed => {
    const next = found[index] as NoteCandidate
    const component = placed.component
    if (!samePlace(placed.item.candidate.position, next.item.candidate.position) && component)
      if (component.verdict?.diagnostic && component.candidates[0] === placed) on.dirty.add(component)
    placed.item = next.item
    placed.index = index
    return placed
  }
  const middle = placeAll(found.slice(start, found.length - end), slot, start)
  for (const placed of old.slice(start, old.length - end)) on.retire(placed)
  for (const placed of middle) on.add(placed)
  slot.placed = [
    ...old.slice(0, start).map((placed, i) => keep(placed, i)),
    ...middle,
    ...old.slice(old.length - end).map((placed, i) => keep(placed, found.length - end + i)),
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
