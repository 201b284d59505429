import { describe, expect, it } from "vitest"
import { DEFAULT_MIN_BYTES, DEFAULT_MIN_NOTES, usesWorkers } from "../src/pipeline/pool-threshold.ts"

/** `count` notes of `size` bytes each. */
const notes = (count: number, size: number) =>
  Array.from({ length: count }, () => ({ bytes: new Uint8Array(size) }))

describe("usesWorkers", () => {
  it("keeps a folder under 2 MiB of notes on one thread by default, however many notes it has", () => {
    // 300 notes of 6 KB: 1.8 MB, where one thread was measured ahead of two.
    expect(usesWorkers(notes(300, 6_000), { threads: 2, threadsGiven: false })).toBe(false)
    expect(usesWorkers(notes(1_000, 2_000), { threads: 8, threadsGiven: false })).toBe(false)
  })

  it("spreads a folder of 2 MiB or more over the default threads", () => {
    const size = Math.ceil(DEFAULT_MIN_BYTES / 400)
    expect(usesWorkers(notes(400, size), { threads: 2, threadsGiven: false })).toBe(true)
    expect(usesWorkers(notes(399, size), { threads: 2, threadsGiven: false })).toBe(false)
  })

  it("starts workers for any number of bytes when the caller names the threads", () => {
    expect(usesWorkers(notes(DEFAULT_MIN_NOTES, 10), { threads: 2, threadsGiven: true })).toBe(true)
  })

  it("never starts workers for fewer than the minimum of notes, or for one thread", () => {
    expect(usesWorkers(notes(DEFAULT_MIN_NOTES - 1, 1_000_000), { threads: 2, threadsGiven: true })).toBe(
      false,
    )
    expect(usesWorkers(notes(5_000, 10_000), { threads: 1, threadsGiven: false })).toBe(false)
  })

  it("takes the caller's own floors over the defaults", () => {
    expect(usesWorkers(notes(10, 10), { threads: 2, threadsGiven: false, minNotes: 4, minBytes: 50 })).toBe(
      true,
    )
    expect(usesWorkers(notes(10, 10), { threads: 2, threadsGiven: true, minNotes: 4, minBytes: 200 })).toBe(
      false,
    )
  })
})
