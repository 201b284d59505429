import { describe, expect, it } from "vitest"
import { createWriteQueue } from "../src/pipeline/write-queue.ts"

/** A write the test finishes by hand. */
function deferred() {
  let finish = (_error?: Error) => {}
  const promise = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve())
  })
  return { promise, finish }
}

describe("createWriteQueue", () => {
  it("lets the caller go on while fewer than `limit` writes run, and waits once that many do", async () => {
    const queue = createWriteQueue(2)
    const first = deferred()
    const second = deferred()
    await queue.add(first.promise)
    let roomAgain = false
    const adding = queue.add(second.promise).then(() => {
      roomAgain = true
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(roomAgain).toBe(false)
    first.finish()
    await adding
    expect(roomAgain).toBe(true)
    second.finish()
    await queue.done()
  })

  it("waits for every write in done", async () => {
    const queue = createWriteQueue(4)
    const writes = [deferred(), deferred(), deferred()]
    for (const write of writes) await queue.add(write.promise)
    let finished = false
    const done = queue.done().then(() => {
      finished = true
    })
    writes[0]?.finish()
    writes[1]?.finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(finished).toBe(false)
    writes[2]?.finish()
    await done
    expect(finished).toBe(true)
  })

  it("fails the build with the first failed write", async () => {
    const queue = createWriteQueue(4)
    const write = deferred()
    await queue.add(write.promise)
    write.finish(new Error("ENOSPC: no space left on device"))
    await expect(queue.done()).rejects.toThrow("ENOSPC")
    await expect(queue.add(Promise.resolve())).rejects.toThrow("ENOSPC")
  })
})
