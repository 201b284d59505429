import { afterEach, describe, expect, it, vi } from "vitest"

const setFlags = vi.fn<(flags: string) => void>()
vi.mock("node:v8", () => ({ setFlagsFromString: (flags: string) => setFlags(flags) }))
const { withQuietGc } = await import("../src/pipeline/quiet-gc.ts")

afterEach(() => {
  setFlags.mockClear()
  vi.unstubAllEnvs()
})

describe("withQuietGc", () => {
  it("turns parallel scavenging off for the work and on again after it", async () => {
    const seen: string[][] = []
    const result = await withQuietGc(async () => {
      seen.push(setFlags.mock.calls.map(([flags]) => flags))
      return 7
    })
    expect(result).toBe(7)
    expect(seen).toEqual([["--no-parallel-scavenge"]])
    expect(setFlags.mock.calls.map(([flags]) => flags)).toEqual([
      "--no-parallel-scavenge",
      "--parallel-scavenge",
    ])
  })

  it("turns it on again only when the last of overlapping runs ends, and after a failure", async () => {
    let release: () => void = () => {}
    const first = withQuietGc(() => new Promise<void>((resolve) => (release = resolve)))
    await expect(withQuietGc(async () => Promise.reject(new Error("worker failed")))).rejects.toThrow(
      "worker failed",
    )
    expect(setFlags.mock.calls.map(([flags]) => flags)).toEqual(["--no-parallel-scavenge"])
    release()
    await first
    expect(setFlags.mock.calls.map(([flags]) => flags)).toEqual([
      "--no-parallel-scavenge",
      "--parallel-scavenge",
    ])
  })

  it("leaves the flag alone when the process was started with its own setting", async () => {
    vi.stubEnv("NODE_OPTIONS", "--max-old-space-size=4096 --parallel-scavenge")
    await withQuietGc(async () => undefined)
    expect(setFlags).not.toHaveBeenCalled()
  })
})
