/**
 * How many notes the worker pool sends a worker at once. Batches cut the messages (and their
 * JSON) per note, but a worker holds two of them: when the queue runs dry, the other threads
 * wait for what it still holds. So the batch shrinks with the notes left, to about an
 * eighth of each thread's share of them, down to one note: every thread ends within about a
 * note of the others (at 1,000 notes the main thread had waited ≈ 0.5 s for the last 32).
 */
export function remoteBatchSize(remaining: number, threads: number, batchSize: number): number {
  const share = Math.floor(remaining / (Math.max(1, threads) * 8))
  return Math.max(1, Math.min(batchSize, share))
}
