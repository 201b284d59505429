/**
 * The joiner reuses its last array and a prepared spare: neither shortcut may show in what it
 * returns, and no array it handed out may change afterwards.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createJoiner } from "../src/pipeline/joiner.ts"

type Lists = number[][]

/** One change to the lists between joins, as a user's edit changes one note's edges. */
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("same"), at: fc.nat() }),
  fc.record({ kind: fc.constant("text"), at: fc.nat(), value: fc.integer() }),
  fc.record({ kind: fc.constant("resize"), at: fc.nat(), length: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant("insert"), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant("remove"), at: fc.nat() }),
)

type Change =
  | { kind: "same"; at: number }
  | { kind: "text"; at: number; value: number }
  | { kind: "resize"; at: number; length: number }
  | { kind: "insert"; at: number; length: number }
  | { kind: "remove"; at: number }

let counter = 0
const listOf = (length: number) => Array.from({ length }, () => counter++)

function applyChange(lists: Lists, step: Change): Lists {
  const next = [...lists]
  const at = lists.length === 0 ? 0 : step.at % lists.length
  switch (step.kind) {
    case "same":
      break
    case "text":
      // The same length, new contents: the copy-and-overwrite path.
      if (next[at]) next[at] = next[at].map(() => step.value)
      break
    case "resize":
      if (next[at]) next[at] = listOf(step.length)
      break
    case "insert":
      next.splice(at, 0, listOf(step.length))
      break
    case "remove":
      next.splice(at, 1)
      break
  }
  return next
}

describe("joining many lists into one array between updates", () => {
  it("should return every time what concatenating the lists returns, whether or not a spare was prepared", () => {
    const start = fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 12 })
    const steps = fc.array(fc.tuple(change, fc.boolean()), { minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(start, steps, (lengths, series) => {
        const join = createJoiner<number>()
        let lists: Lists = lengths.map(listOf)
        const handedOut: { array: number[]; copy: number[] }[] = []
        const take = () => {
          const array = join(lists)
          expect(array).toEqual(lists.flat())
          handedOut.push({ array, copy: [...array] })
        }
        take()
        for (const [step, prepare] of series) {
          if (prepare) join.prepare()
          lists = applyChange(lists, step)
          take()
        }
        // Arrays handed out earlier were never written again (the spare is never one of them).
        for (const { array, copy } of handedOut) expect(array).toEqual(copy)
      }),
      { numRuns: 200 },
    )
  })

  it("should hand out a new array when the lists changed after a prepare, and the last one when none did", () => {
    const join = createJoiner<number>()
    const a = [1, 2]
    const b = [3]
    const first = join([a, b])
    join.prepare()
    expect(join([a, b])).toBe(first)
    const second = join([a, [4]])
    expect(second).not.toBe(first)
    expect(second).toEqual([1, 2, 4])
    expect(first).toEqual([1, 2, 3])
    // Far shorter than the spare prepared for it: still exactly the lists' entries.
    join.prepare()
    expect(join([[5]])).toEqual([5])
  })

  it("should join correctly when the lists grew past the prepared spare or shrank far below it", () => {
    const join = createJoiner<number>()
    const long = listOf(10_000)
    join([long])
    join.prepare()
    const grown = join([long, listOf(20_000)])
    expect(grown.length).toBe(30_000)
    expect(grown.slice(0, 10_000)).toEqual(long)
    join.prepare()
    expect(join([[7], [8]])).toEqual([7, 8])
  })
})
