/**
 * One array made of many lists, remembered between updates. At 5,000 notes the graph's edge
 * list has ≈ 440,000 entries: joining every fragment's list again with `concat` was the
 * largest part of an update. The joiner hands back the last array when every list is the same
 * object, copies it and overwrites the lists that changed when their lengths stayed (a text
 * edit), and otherwise copies the unchanged beginning and end of the last array in one run
 * each, with only the lists between them read again.
 * A returned array is never changed afterwards (an update hands out a new one).
 *
 * What remains is the new array's memory: V8 maps a fresh large array's pages from the system
 * on first touch, ≈ 15 µs a page on a virtual machine (13–16 ms for 3.5 MB, where copying into
 * memory already touched takes ≈ 1 ms). `prepare` allocates the next array ahead, a little
 * longer than the last one, so a caller with time between updates (a watch waiting for the next
 * file event) moves that cost out of the update; a join that finds no fitting spare allocates.
 */
export interface Joiner<T> {
  (lists: readonly (readonly T[])[]): T[]
  /** Allocates the array the next join fills, unless one is ready or nothing was joined yet. */
  prepare(): void
}

/** Entries a spare has beyond the last array's length: an update adding more allocates anew. */
const SPARE_SLACK = 4096

export function createJoiner<T>(): Joiner<T> {
  let last: { lists: readonly (readonly T[])[]; joined: T[]; offsets: number[] } | undefined
  /** An array no caller has seen, allocated by `prepare`. */
  let spare: T[] | undefined

  /** The spare, cut to `length` entries for the caller to fill, when it is long enough. */
  const spareOf = (length: number): T[] | undefined => {
    const ready = spare
    spare = undefined
    if (!ready || ready.length < length || ready.length - length > 2 * SPARE_SLACK) return undefined
    // Shortening a fast array trims it in place; the caller writes every entry next.
    ready.length = length
    return ready
  }

  const join = (lists: readonly (readonly T[])[]): T[] => {
    const before = last
    if (before && before.lists.length === lists.length) {
      const changed = changedSameLength(before.lists, lists)
      if (changed?.length === 0) {
        last = { ...before, lists }
        return before.joined
      }
      if (changed) {
        const joined = spareOf(before.joined.length)
        if (joined) copyRun(before.joined, 0, joined, 0, before.joined.length)
        const copy = joined ?? before.joined.slice()
        for (const i of changed) copyInto(copy, before.offsets[i] as number, lists[i] as readonly T[])
        last = { lists, joined: copy, offsets: before.offsets }
        return copy
      }
    }
    const offsets = offsetsOf(lists)
    const total = offsets[lists.length] as number
    const joined = spareOf(total) ?? new Array<T>(total)
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

  return Object.assign(join, {
    prepare() {
      if (last && !spare) spare = new Array<T>(last.joined.length + SPARE_SLACK)
    },
  })
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
