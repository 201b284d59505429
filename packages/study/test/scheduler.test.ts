/** Scheduling glue with a fixed clock: FSRS via ts-fsrs 5, short-term steps, purity, undo. */
import { describe, expect, it } from "vitest"
import { createScheduler, emptyProgress } from "../src/index.ts"
import { at, DAY } from "./helpers.ts"

const T0 = "2026-03-02T09:00:00.000Z"
const minutesUntil = (iso: string, from: string) => (Date.parse(iso) - Date.parse(from)) / 60_000

describe("createScheduler", () => {
  it("should put a new card rated Good into the 10-minute learning step", () => {
    const progress = createScheduler().rate(emptyProgress(), "c", 3, at(T0))
    expect(progress.cards.c?.phase).toBe("learning")
    expect(minutesUntil(progress.cards.c?.due ?? "", T0)).toBe(10)
    expect(progress.log).toEqual([{ cardId: "c", rating: 3, reviewedAt: T0, id: `${T0}~c~1` }])
  })

  it("should bring a card rated Again back after one minute", () => {
    const progress = createScheduler().rate(emptyProgress(), "c", 1, at(T0))
    expect(minutesUntil(progress.cards.c?.due ?? "", T0)).toBe(1)
  })

  it("should graduate a card to review after Good, Good, and schedule it days ahead", () => {
    const scheduler = createScheduler()
    let progress = scheduler.rate(emptyProgress(), "c", 3, at(T0))
    progress = scheduler.rate(progress, "c", 3, at(T0, 10))
    expect(progress.cards.c?.phase).toBe("review")
    expect(minutesUntil(progress.cards.c?.due ?? "", T0)).toBeGreaterThanOrEqual(DAY)
    expect(progress.cards.c?.reps).toBe(2)
  })

  it("should skip the learning steps when short-term steps are off", () => {
    const progress = createScheduler({ shortTermSteps: false }).rate(emptyProgress(), "c", 3, at(T0))
    expect(progress.cards.c?.phase).toBe("review")
    expect(minutesUntil(progress.cards.c?.due ?? "", T0)).toBeGreaterThanOrEqual(DAY)
  })

  it("should schedule sooner when the desired retention is higher", () => {
    const interval = (retention: number) => {
      const scheduler = createScheduler({ retention, shortTermSteps: false })
      const progress = scheduler.rate(
        scheduler.rate(emptyProgress(), "c", 3, at(T0)),
        "c",
        3,
        at(T0, 3 * DAY),
      )
      return minutesUntil(progress.cards.c?.due ?? "", T0)
    }
    expect(interval(0.97)).toBeLessThan(interval(0.9))
  })

  it("should not change the progress it is given", () => {
    const before = emptyProgress()
    const frozen = structuredClone(before)
    createScheduler().rate(before, "c", 4, at(T0))
    expect(before).toEqual(frozen)
  })

  it("should undo the last rating back to the exact earlier progress", () => {
    const scheduler = createScheduler()
    const once = scheduler.rate(emptyProgress(), "c", 3, at(T0))
    const twice = scheduler.rate(once, "c", 1, at(T0, 10))
    expect(scheduler.undo(twice)).toEqual(once)
    expect(scheduler.undo(once)).toEqual(emptyProgress())
    expect(scheduler.undo(emptyProgress())).toEqual(emptyProgress())
  })

  it("should refuse a rating outside 1–4 and an invalid date, as programmer errors", () => {
    const scheduler = createScheduler()
    expect(() => scheduler.rate(emptyProgress(), "c", 5 as never, at(T0))).toThrow(
      /rating must be 1, 2, 3 or 4/,
    )
    expect(() => scheduler.rate(emptyProgress(), "c", 3, new Date(Number.NaN))).toThrow(/valid date/)
  })
})
