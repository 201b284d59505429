/** The progress file: export → import round trip, merging diverged logs, damaged files. */
import { describe, expect, it } from "vitest"
import {
  createScheduler,
  emptyProgress,
  mergeProgress,
  type Progress,
  parseProgress,
  type Rating,
  serializeProgress,
} from "../src/index.ts"
import { at, DAY } from "./helpers.ts"

const T0 = "2026-03-02T09:00:00.000Z"
const scheduler = createScheduler()

function study(progress: Progress, reviews: [string, Rating, number][]): Progress {
  return reviews.reduce(
    (p, [cardId, rating, minutes]) => scheduler.rate(p, cardId, rating, at(T0, minutes)),
    progress,
  )
}

describe("export and import", () => {
  it("should give back the same progress after serialize → parse", () => {
    const progress = study(emptyProgress(), [
      ["a", 3, 0],
      ["b", 1, 1],
      ["a", 3, 10],
    ])
    const parsed = parseProgress(serializeProgress(progress))
    expect(parsed).toEqual({ ok: true, progress })
  })

  it("should import into an empty progress as the same state", () => {
    const progress = study(emptyProgress(), [["a", 4, 0]])
    expect(mergeProgress(emptyProgress(), progress)).toEqual(progress)
  })
})

describe("mergeProgress", () => {
  const common = study(emptyProgress(), [
    ["a", 3, 0],
    ["a", 3, 10],
  ])
  const laptop = study(common, [
    ["a", 3, 2 * DAY],
    ["b", 3, 2 * DAY + 1],
  ])
  const phone = study(common, [
    ["c", 1, DAY],
    ["c", 3, DAY + 1],
    ["a", 1, 3 * DAY],
  ])

  it("should keep every review of two diverged logs, once each, in time order", () => {
    const merged = mergeProgress(laptop, phone)
    const ids = new Set([...laptop.log, ...phone.log].map((entry) => entry.id))
    expect(merged.log.map((entry) => entry.id).sort()).toEqual([...ids].sort())
    expect(merged.log).toHaveLength(7)
    const times = merged.log.map((entry) => Date.parse(entry.reviewedAt))
    expect(times).toEqual([...times].sort((x, y) => x - y))
  })

  it("should recompute each card from the merged log, as if studied on one device", () => {
    const merged = mergeProgress(laptop, phone)
    const oneDevice = study(emptyProgress(), [
      ["a", 3, 0],
      ["a", 3, 10],
      ["c", 1, DAY],
      ["c", 3, DAY + 1],
      ["a", 3, 2 * DAY],
      ["b", 3, 2 * DAY + 1],
      ["a", 1, 3 * DAY],
    ])
    expect(merged.cards).toEqual(oneDevice.cards)
    expect(merged.cards.a?.lapses).toBe(1)
  })

  it("should not depend on the order of its arguments, and merging twice changes nothing", () => {
    const merged = mergeProgress(laptop, phone)
    expect(mergeProgress(phone, laptop)).toEqual(merged)
    expect(mergeProgress(merged, phone)).toEqual(merged)
  })

  it("should keep a card state that has no review behind it", () => {
    const state = common.cards.a
    if (!state) throw new Error("card a was reviewed")
    const handWritten: Progress = { ...emptyProgress(), cards: { x: { ...state } } }
    expect(Object.keys(mergeProgress(handWritten, laptop).cards)).toContain("x")
  })
})

describe("parseProgress", () => {
  const good = JSON.parse(serializeProgress(study(emptyProgress(), [["a", 3, 0]])))

  it.each([
    ["truncated text", serializeProgress(emptyProgress()).slice(0, 20), /not JSON/],
    ["an array", [], /JSON object/],
    ["another version", { ...good, version: 2 }, /version must be 1, got 2/],
    ["no log", { version: 1, cards: {} }, /log must be an array/],
    ["a rating of 7", { ...good, log: [{ ...good.log[0], rating: 7 }] }, /log\[0\]: rating must be 1/],
    ["a bad date", { ...good, log: [{ ...good.log[0], reviewedAt: "yesterday" }] }, /log\[0\]: reviewedAt/],
    ["a review twice", { ...good, log: [good.log[0], good.log[0]] }, /log\[1\]: id .* appears twice/],
    [
      "a broken card state",
      { ...good, cards: { a: { phase: "done" } } },
      /cards\["a"\]: phase must be one of/,
    ],
  ])("should reject %s with a reason", (_name, input, reason) => {
    const result = parseProgress(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(reason)
  })

  it("should accept the file's text as well as parsed JSON", () => {
    expect(parseProgress(JSON.stringify(good))).toEqual(parseProgress(good))
    expect(parseProgress(good).ok).toBe(true)
  })
})
