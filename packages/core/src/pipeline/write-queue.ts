/**
 * Keeps up to `limit` writes running while the caller prepares the next: `add` resolves once
 * there is room again, `done` once every write has finished; the first failure rejects
 * `add` or `done`, so a full disk still fails the build as a single awaited write did.
 */
export interface WriteQueue {
  add(write: Promise<unknown>): Promise<void>
  done(): Promise<void>
}

export function createWriteQueue(limit: number): WriteQueue {
  const running = new Set<Promise<unknown>>()
  let failure: { error: unknown } | undefined
  const check = () => {
    if (failure) throw failure.error
  }
  return {
    async add(write) {
      check()
      const tracked = write.then(
        () => {
          running.delete(tracked)
        },
        (error: unknown) => {
          running.delete(tracked)
          failure ??= { error }
        },
      )
      running.add(tracked)
      if (running.size >= Math.max(1, limit)) await Promise.race(running)
      check()
    },
    async done() {
      await Promise.all(running)
      check()
    },
  }
}
