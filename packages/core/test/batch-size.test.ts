import { describe, expect, it } from "vitest"
import { remoteBatchSize } from "../src/pipeline/batch-size.ts"

describe("remoteBatchSize", () => {
  it("sends whole batches while many notes are left", () => {
    expect(remoteBatchSize(1000, 2, 16)).toBe(16)
    expect(remoteBatchSize(256, 2, 16)).toBe(16)
  })

  it("shrinks the batch as the queue empties, so no thread is left waiting on a full one", () => {
    expect(remoteBatchSize(128, 2, 16)).toBe(8)
    expect(remoteBatchSize(40, 2, 16)).toBe(2)
    const sizes = [1000, 200, 100, 50, 20].map((left) => remoteBatchSize(left, 2, 16))
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  })

  it("keeps to the floor it is given, but never above the batch size", () => {
    expect(remoteBatchSize(10, 2, 16, 4)).toBe(4)
    expect(remoteBatchSize(10, 2, 3, 4)).toBe(3)
  })

  it("never sends an empty batch while a note is left", () => {
    expect(remoteBatchSize(1, 2, 16)).toBe(1)
    expect(remoteBatchSize(3, 8, 16)).toBe(1)
    expect(remoteBatchSize(5, 0, 16)).toBe(1)
  })
})
