/**
 * Groups term names that share any alias (case- and space-insensitive), and gives the terms
 * among the groups their ids. Both depend on the order of the evidence: glossary entries
 * first, then candidates in reading order.
 */
import { makeId } from "@kube-notes/graph"
import type { GlossaryEntry } from "./glossary.ts"
import type { PlacedCandidate } from "./terms.ts"

/** A glossary entry or a placed candidate with its names folded once ([name, ...aliases]). */
export interface Folded<T> {
  readonly item: T
  readonly folded: readonly string[]
}

/** The entries and candidates of one group, in the order given. */
export interface GroupOf<E, C> {
  entries: E[]
  candidates: C[]
}

/**
 * Groups names that share any alias (union–find on folded names). Groups come out in the
 * order of their first member — the order term ids are given in (assignTermIds). Excluded
 * candidates must be left out by the caller.
 */
export function groupTerms<E extends Folded<GlossaryEntry>, C extends Folded<PlacedCandidate>>(
  entries: readonly E[],
  candidates: readonly C[],
): GroupOf<E, C>[] {
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
  const add = (folded: readonly string[]) => {
    const keys = folded.filter((key) => key.length > 0)
    for (const key of keys) if (!parent.has(key)) parent.set(key, key)
    for (const key of keys.slice(1)) parent.set(find(key), find(keys[0] as string))
  }
  for (const { folded } of entries) add(folded)
  for (const { folded } of candidates) add(folded)

  const groups = new Map<string, GroupOf<E, C>>()
  const groupOf = (folded: readonly string[]): GroupOf<E, C> => {
    const root = find(folded[0] as string)
    let group = groups.get(root)
    if (!group) {
      group = { entries: [], candidates: [] }
      groups.set(root, group)
    }
    return group
  }
  for (const entry of entries) groupOf(entry.folded).entries.push(entry)
  for (const candidate of candidates) groupOf(candidate.folded).candidates.push(candidate)
  return [...groups.values()]
}

/**
 * Term ids, given in group order: `term:<base>`, with `-2`, `-3`… when an earlier group
 * took it. Returns the ids index for index.
 */
export function assignTermIds(bases: readonly string[]): string[] {
  const usedIds = new Set<string>()
  return bases.map((base) => {
    let id: string = makeId("term", base)
    for (let n = 2; usedIds.has(id); n++) id = makeId("term", `${base}-${n}`)
    usedIds.add(id)
    return id
  })
}
