/**
 * mergeShared, kept between updates. Every shared node remembers its holders and which of
 * them decided what (merge-shared.ts MergedNode). When fragments come and go (a note edited,
 * added or removed), a node is merged again only when one that went had decided something in
 * it, or one that came says something first (an earlier sighting, description or option, or a
 * new shell); otherwise only its holders and shell counts change. At 5,000 notes, where every
 * note names the same few commands, merging every note's sightings again was the largest part
 * of adding or removing a note. When notes change places in reading order, all is merged again.
 */
import type { Fragment } from "../assemble/fragment.ts"
import {
  contributionOf,
  type MergedNode,
  mergeNode,
  optionKey,
  type SharedNode,
  sharedIdsOf,
  sortShared,
} from "./merge-shared.ts"

interface Kept {
  merged: MergedNode
  holders: Set<Fragment>
}

/** What a fragment says about shared nodes, as one string: equal strings merge the same. */
const said = new WeakMap<Fragment, string>()
function saidBy(fragment: Fragment): string {
  let text = said.get(fragment)
  if (text === undefined) {
    text = JSON.stringify([fragment.commands, fragment.resources, fragment.assets])
    said.set(fragment, text)
  }
  return text
}

export function createSharedMerger(): (fragments: Fragment[]) => SharedNode[] {
  let last: { fragments: Fragment[]; nodes: SharedNode[] } | undefined
  let kept = new Map<string, Kept>()

  const mergeAll = (fragments: Fragment[]): SharedNode[] => {
    const holders = new Map<string, Fragment[]>()
    for (const fragment of fragments)
      for (const id of sharedIdsOf(fragment)) {
        const list = holders.get(id)
        if (list) list.push(fragment)
        else holders.set(id, [fragment])
      }
    kept = new Map()
    for (const [id, list] of holders) kept.set(id, { merged: mergeNode(id, list), holders: new Set(list) })
    return sortShared([...kept.values()].map(({ merged }) => merged.node))
  }

  return (fragments) => {
    const before = last?.fragments
    if (!last || !before) {
      last = { fragments, nodes: mergeAll(fragments) }
      return last.nodes
    }
    // Only what lies between the common beginning and end of the two lists changed.
    let start = 0
    while (start < before.length && start < fragments.length && before[start] === fragments[start]) start++
    let end = 0
    while (
      end < before.length - start &&
      end < fragments.length - start &&
      before[before.length - 1 - end] === fragments[fragments.length - 1 - end]
    )
      end++
    const old = before.slice(start, before.length - end)
    const fresh = fragments.slice(start, fragments.length - end)
    if (
      old.length === fresh.length &&
      old.every((fragment, i) => saidBy(fragment) === saidBy(fresh[i] as Fragment))
    ) {
      // Fragments rebuilt in place saying the same (a text edit): they take the old ones' places.
      old.forEach((fragment, i) => {
        if (fragment !== fresh[i]) swap(fragment, fresh[i] as Fragment)
      })
      last = { fragments, nodes: last.nodes }
      return last.nodes
    }
    if (!keptInOrder(old, fresh)) {
      last = { fragments, nodes: mergeAll(fragments) }
      return last.nodes
    }
    const now = new Set(fresh)
    const was = new Set(old)
    const dirty = new Set<string>()
    for (const fragment of old) if (!now.has(fragment)) leave(fragment, dirty)
    let place: Map<Fragment, number> | undefined
    const placeOf = (fragment: Fragment) => {
      place ??= new Map(fragments.map((f, i) => [f, i]))
      return place.get(fragment) ?? -1
    }
    for (const fragment of fresh) if (!was.has(fragment)) join(fragment, dirty, placeOf)
    last = { fragments, nodes: last.nodes }
    if (dirty.size === 0) return last.nodes
    for (const id of dirty) {
      const entry = kept.get(id)
      if (!entry) continue
      if (entry.holders.size === 0) kept.delete(id)
      else {
        const holders = [...entry.holders].sort((a, b) => placeOf(a) - placeOf(b))
        entry.merged = mergeNode(id, holders)
      }
    }
    last.nodes = sortShared([...kept.values()].map(({ merged }) => merged.node))
    return last.nodes
  }

  /** `to` says what `from` said, at its place: it takes `from`'s place among holders. */
  function swap(from: Fragment, to: Fragment) {
    for (const id of sharedIdsOf(from)) {
      const entry = kept.get(id)
      if (!entry) continue
      entry.holders.delete(from)
      entry.holders.add(to)
      const { merged } = entry
      const options = new Map(merged.options)
      for (const [key, holder] of options) if (holder === from) options.set(key, to)
      entry.merged = {
        ...merged,
        first: merged.first === from ? to : merged.first,
        ...(merged.description === from ? { description: to } : {}),
        options,
      }
    }
  }

  /** A fragment gone: its nodes lose a holder; those it decided something in are merged again. */
  function leave(fragment: Fragment, dirty: Set<string>) {
    const own = contributionOf(fragment)
    for (const id of sharedIdsOf(fragment)) {
      const entry = kept.get(id)
      if (!entry) continue
      entry.holders.delete(fragment)
      if (dirty.has(id)) continue
      const { merged } = entry
      if (
        merged.first === fragment ||
        merged.description === fragment ||
        [...merged.options.values()].includes(fragment)
      ) {
        dirty.add(id)
        continue
      }
      for (const sighting of own.commands.get(id) ?? [])
        for (const shell of sighting.shells) {
          const count = (merged.shells.get(shell) ?? 0) - 1
          if (count > 0) merged.shells.set(shell, count)
          else dirty.add(id)
        }
    }
  }

  /** A fragment new: its nodes gain a holder; those it says something first in are merged again. */
  function join(fragment: Fragment, dirty: Set<string>, placeOf: (fragment: Fragment) => number) {
    const own = contributionOf(fragment)
    const at = placeOf(fragment)
    for (const id of sharedIdsOf(fragment)) {
      let entry = kept.get(id)
      if (!entry) {
        entry = { merged: mergeNode(id, [fragment]), holders: new Set() }
        kept.set(id, entry)
        dirty.add(id)
      }
      entry.holders.add(fragment)
      if (dirty.has(id)) continue
      const { merged } = entry
      const sightings = own.commands.get(id) ?? []
      const decides =
        at < placeOf(merged.first) ||
        sightings.some(
          (sighting) =>
            (sighting.description && (!merged.description || at < placeOf(merged.description))) ||
            sighting.shells.some((shell) => !merged.shells.has(shell)) ||
            sighting.options.some((option) => {
              const holder = merged.options.get(optionKey(option))
              return !holder || at < placeOf(holder)
            }),
        )
      if (decides) {
        dirty.add(id)
        continue
      }
      for (const sighting of sightings)
        for (const shell of sighting.shells) merged.shells.set(shell, (merged.shells.get(shell) ?? 0) + 1)
    }
  }
}

/** Whether the fragments both lists hold are in the same order in each. */
function keptInOrder(before: readonly Fragment[], now: readonly Fragment[]): boolean {
  const inNow = new Set(now)
  const inBefore = new Set(before)
  let j = 0
  for (const fragment of now) {
    if (!inBefore.has(fragment)) continue
    while (j < before.length && !inNow.has(before[j] as Fragment)) j++
    if (before[j] !== fragment) return false
    j++
  }
  return true
}
