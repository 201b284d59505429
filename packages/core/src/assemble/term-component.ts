/**
 * One group of names that share an alias, kept as members come and go: its glossary entries
 * and candidates in group order, and the counts judging needs (terms.ts TermFacts). Adding a
 * candidate costs a binary search; dropping a note's candidates one pass; only when the last
 * member joining two names goes is the group checked for a split (names and joins only).
 */
import type { GlossaryEntry } from "./glossary.ts"
import { type Folded, groupTerms } from "./term-groups.ts"
import type { GroupVerdict, PlacedCandidate, TermFacts } from "./terms.ts"

export type Entry = Folded<GlossaryEntry> & { readonly index: number }

/** A candidate of a note, kept while the note keeps it. */
export interface Placed extends Folded<PlacedCandidate> {
  item: PlacedCandidate
  readonly slot: { position: number }
  /** Place among the note's candidates: reading order inside the note. */
  index: number
  removed: boolean
  component?: Component
}

export interface Component extends TermFacts {
  readonly entries: Entry[]
  candidates: Placed[]
  readonly names: Map<string, number>
  readonly vias: Map<PlacedCandidate["candidate"]["via"], number>
  withAliases: number
  defined: number
  readonly paths: Map<string, number>
  /** Pairs of folded names a member joins (its first name with each other) → how many do. */
  readonly joins: Map<string, number>
  verdict?: GroupVerdict
}

export function createComponent(entries: Entry[], candidates: Placed[]): Component {
  const component: Component = {
    entries,
    candidates,
    names: new Map(),
    vias: new Map(),
    withAliases: 0,
    defined: 0,
    paths: new Map(),
    joins: new Map(),
  }
  for (const entry of entries) countNames(component, entry.folded, 1)
  for (const placed of candidates) countCandidate(component, placed, 1)
  return component
}

/** Inserts a candidate at its reading-order place. */
export function insertCandidate(component: Component, placed: Placed): void {
  const list = component.candidates
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (compareCandidates(list[middle] as Placed, placed) < 0) low = middle + 1
    else high = middle
  }
  list.splice(low, 0, placed)
  countCandidate(component, placed, 1)
  placed.component = component
}

/**
 * Drops `removed` (candidates of this component marked removed); returns whether a join
 * between two names was lost (a split may follow). Each is found by a binary search for its
 * note's place, then among that note's candidates: a note's kept candidates may have been
 * renumbered already, so only notes' places are known to be in order.
 */
export function dropRemoved(component: Component, removed: readonly Placed[]): boolean {
  const joins = component.joins.size
  const list = component.candidates
  const places: number[] = []
  for (const placed of removed) {
    const position = placed.slot.position
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((list[middle] as Placed).slot.position < position) low = middle + 1
      else high = middle
    }
    let at = low
    while (at < list.length && list[at] !== placed && (list[at] as Placed).slot.position === position) at++
    if (list[at] !== placed) return dropAllRemoved(component, joins)
    places.push(at)
  }
  places.sort((a, b) => b - a)
  for (const at of places) {
    countCandidate(component, list[at] as Placed, -1)
    list.splice(at, 1)
  }
  return component.joins.size < joins
}

/** Drops every candidate marked removed, in one pass (when one was not where it should be). */
function dropAllRemoved(component: Component, joins: number): boolean {
  const kept: Placed[] = []
  for (const placed of component.candidates)
    if (placed.removed) countCandidate(component, placed, -1)
    else kept.push(placed)
  component.candidates = kept
  return component.joins.size < joins
}

/** The component as it is, or the parts it fell into when its names no longer all join. */
export function splitComponent(component: Component): Component[] {
  const parent = new Map<string, string>()
  const find = (name: string): string => {
    let root = name
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) as string
    parent.set(name, root)
    return root
  }
  for (const join of component.joins.keys()) {
    const [a, b] = join.split("\u0000") as [string, string]
    parent.set(find(a), find(b))
  }
  const roots = new Set<string>()
  for (const name of component.names.keys()) if (name) roots.add(find(name))
  if (roots.size <= 1) return [component]
  return groupTerms(component.entries, component.candidates).map((group) =>
    createComponent(group.entries, group.candidates),
  )
}

/** One component of several joined by a new member (which is added after). */
export function mergeComponents(parts: readonly Component[]): Component {
  const entries = parts.flatMap((part) => part.entries).sort((a, b) => a.index - b.index)
  const candidates = parts.flatMap((part) => part.candidates).sort(compareCandidates)
  return createComponent(entries, candidates)
}

export function compareCandidates(a: Placed, b: Placed): number {
  return a.slot.position - b.slot.position || a.index - b.index
}

/** Group order: glossary entries first, then by the first candidate in reading order. */
export function compareComponents(a: Component, b: Component): number {
  const entryA = a.entries[0]
  const entryB = b.entries[0]
  if (entryA || entryB) return entryA && entryB ? entryA.index - entryB.index : entryA ? -1 : 1
  return compareCandidates(a.candidates[0] as Placed, b.candidates[0] as Placed)
}

function countCandidate(component: Component, placed: Placed, delta: 1 | -1) {
  const { candidate, path } = placed.item
  countNames(component, placed.folded, delta)
  bump(component.vias, candidate.via, delta)
  bump(component.paths, path, delta)
  if (candidate.aliases.length > 0) component.withAliases += delta
  if (candidate.via === "definition" && candidate.definition) component.defined += delta
}

function countNames(component: Component, folded: readonly string[], delta: 1 | -1) {
  for (const name of folded) bump(component.names, name, delta)
  const keys = folded.filter((name) => name.length > 0)
  const first = keys[0] as string
  for (const name of keys.slice(1)) if (name !== first) bump(component.joins, `${first}\u0000${name}`, delta)
}

function bump<K>(counts: Map<K, number>, key: K, delta: 1 | -1) {
  const next = (counts.get(key) ?? 0) + delta
  if (next === 0) counts.delete(key)
  else counts.set(key, next)
}
