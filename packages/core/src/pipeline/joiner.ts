/**
 * One array made of many lists, remembered between updates. At 5,000 notes the graph's edge
 * list has ≈ 490,000 entries: joining every fragment's list again with `concat` was the
 * largest part of an update. The joiner hands back the last array when every list is the same
 * object, copies it and overwrites the lists that changed when their lengths stayed (a text
 * edit), and otherwise copies the unchanged beginning and end of the last array in one run
 * each, with only the lists between them read again. The array is always allocated at its
 * final size: a fresh large array costs its page faults once, not at every growth.
 * A returned array is never changed afterwards (an update hands out a new one).
 */
export type Joiner<T> = (lists: readonly (readonly T[])[]) => T[]

export function createJoiner<T>(): Joiner<T> {
  let last: { lists: readonly (readonly T[])[]; joined: T[]; offsets: number[] } | undefined
  return (lists) => {
    const before = last
    if (before && before.lists.length === lists.length) {
      const changed = changedSameLength(before.lists, lists)
      if (changed?.length === 0) {
        last = { ...before, lists }
        return before.joined
      }
      if (changed) {
        const joined = before.joined.slice()
        for (const i of changed) copyInto(joined, before.offsets[i] as number, lists[i] as readonly T[])
        last = { lists, joined, offsets: before.offsets }
        return joined
      }
    }
    const offsets = offsetsOf(lists)
    const joined = new Array<T>(offsets[lists.length] as number)
    let start = 0
    let end = 0
    if (before) {
      const old = before.lists
      while (start < lists.length && start < old.length && lists[start] === old[start]) start++
      while (
        end < lists.length - start &&
        end < old.length - start &&
        lists[lists.length - 1 - end] === old[old.length - 1 - end]
      )
        end++
      copyRun(before.joined, 0, joined, 0, before.offsets[start] as number)
      const oldTail = before.offsets[old.length - end] as number
      copyRun(
        before.joined,
        oldTail,
        joined,
        offsets[lists.length - end] as number,
        before.joined.length - oldTail,
      )
    }
    for (let i = start; i < lists.length - end; i++)
      copyInto(joined, offsets[i] as number, lists[i] as readonly T[])
    last = { lists, joined, offsets }
    return joined
  }
}

/** Indexes of the lists that differ, when each kept its length; undefined when one did not. */
function changedSameLength<T>(
  before: readonly (readonly T[])[],
  now: readonly (readonly T[])[],
): number[] | undefined {
  const changed: number[] = []
  for (let i = 0; i < now.length; i++) {
    const a = before[i] as readonly T[]
    const b = now[i] as readonly T[]
    if (a === b) continue
    if (a.length !== b.length) return undefined
    changed.push(i)
  }
  return changed
}

function offsetsOf<T>(lists: readonly (readonly T[])[]): number[] {
  const offsets = new Array<number>(lists.length + 1)
  let total = 0
  for (let i = 0; i < lists.length; i++) {
    offsets[i] = total
    total += (lists[i] as readonly T[]).length
  }
  offsets[lists.length] = total
  return offsets
}

function copyInto<T>(target: T[], at: number, list: readonly T[]): void {
  for (let i = 0; i < list.length; i++) target[at + i] = list[i] as T
}

function copyRun<T>(from: readonly T[], start: number, target: T[], at: number, count: number): void {
  for (let i = 0; i < count; i++) target[at + i] = from[start + i] as T
}
