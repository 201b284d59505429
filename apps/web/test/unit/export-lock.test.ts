import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { withExportLock } from "../../scripts/lib/export-lock.mjs"

const lockIn = () => join(mkdtempSync(join(tmpdir(), "kn-export-lock-")), "staging.lock")

describe("the lock every build of the site takes around its staging folder", () => {
  it("should run two builds one after the other, never interleaved", async () => {
    const lock = lockIn()
    const events: string[] = []
    const build = (name: string) =>
      withExportLock(lock, async () => {
        events.push(`${name} start`)
        await sleep(50)
        events.push(`${name} end`)
      })
    await Promise.all([build("a"), build("b")])
    expect(events).toEqual(["a start", "a end", "b start", "b end"])
    expect(existsSync(lock)).toBe(false)
  })

  it("should release the lock when the build throws", async () => {
    const lock = lockIn()
    await expect(withExportLock(lock, () => Promise.reject(new Error("next build failed")))).rejects.toThrow(
      "next build failed",
    )
    expect(existsSync(lock)).toBe(false)
  })

  it("should take over a lock left by a build that died, and wait for one that runs", async () => {
    const lock = lockIn()
    mkdirSync(lock)
    // A pid no process has (above Linux's pid_max).
    writeFileSync(join(lock, "pid"), "4194305")
    await expect(withExportLock(lock, async () => "built")).resolves.toBe("built")

    mkdirSync(lock)
    writeFileSync(join(lock, "pid"), String(process.pid))
    let waited = false
    const pending = withExportLock(
      lock,
      async () => "built after",
      () => {
        waited = true
      },
    )
    await sleep(100)
    expect(waited).toBe(true)
    // The holder (this process, standing in for another build) finishes: the waiter goes on.
    rmSync(lock, { recursive: true })
    await expect(pending).resolves.toBe("built after")
  })
})
