/**
 * How many notes the worker pool sends a worker at once. Batches cut the messages (and their
 * JSON) per note, but a worker holds two of them: when the queue runs dry, the other threads
 * wait for what it still holds. So the batch shrinks with the notes left, to about an
 * eighth of each thread's share of them, down to `smallest`: every thread ends within a few
 * notes of the others (at 1,000 notes the main thread had waited ≈ 0.5 s for the last 32).
 * The worker pool's floor is the main thread's own batch: a worker's replies are read only
 * between those, and two smaller batches would leave the worker waiting for that.
 */
export function remoteBatchSize(remaining: number, threads: number, batchSize: number, smallest = 1): number {
  const share = Math.floor(remaining / (Math.max(1, threads) * 8))
  return Math.max(1, Math.min(batchSize, Math.max(smallest, share)))
}
