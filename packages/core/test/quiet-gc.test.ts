import { describe, expect, it } from "vitest"
import { createQuietGc } from "../src/pipeline/quiet-gc.ts"

/** A quiet-GC runner over a recording flag setter, the process started with `startFlags`. */
function recorded(startFlags = "") {
  const calls: string[] = []
  return {
    calls,
    withQuietGc: createQuietGc({ setFlags: (flags) => calls.push(flags), startFlags: () => startFlags }),
  }
}

describe("withQuietGc", () => {
  it("turns parallel scavenging off for the work and on again after it", async () => {
    const { calls, withQuietGc } = recorded()
    const seen: string[][] = []
    const result = await withQuietGc(async () => {
      seen.push([...calls])
      return 7
    })
    expect(result).toBe(7)
    expect(seen).toEqual([["--no-parallel-scavenge"]])
    expect(calls).toEqual(["--no-parallel-scavenge", "--parallel-scavenge"])
  })

  it("turns it on again only when the last of overlapping runs ends, and after a failure", async () => {
    const { calls, withQuietGc } = recorded()
    let release: () => void = () => {}
    const first = withQuietGc(() => new Promise<void>((resolve) => (release = resolve)))
    await expect(withQuietGc(async () => Promise.reject(new Error("worker failed")))).rejects.toThrow(
      "worker failed",
    )
    expect(calls).toEqual(["--no-parallel-scavenge"])
    release()
    await first
    expect(calls).toEqual(["--no-parallel-scavenge", "--parallel-scavenge"])
  })

  it("leaves the flag alone when the process was started with its own setting", async () => {
    for (const own of ["--parallel-scavenge", "--max-old-space-size=4096 --no-parallel_scavenge"]) {
      const { calls, withQuietGc } = recorded(own)
      await withQuietGc(async () => undefined)
      expect(calls, own).toEqual([])
    }
  })
})
