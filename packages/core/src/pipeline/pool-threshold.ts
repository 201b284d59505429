/**
 * Whether a set of notes is worth analysing on more threads than this one. A worker costs a
 * start and its own warm-up (each thread compiles and optimises the parser again), and on the
 * two cores this was measured on, two threads that parse slow each other down: one thread beat
 * two below ≈ 2 MB of notes, tied up to ≈ 4 MB and lost only above that (100–1,000 generated
 * notes, whole `kube-notes build --no-cache` processes; docs/benchmarks.md, "sixteenth round").
 * More cores were not measured; the floor is where one thread was still clearly ahead.
 */

/** Notes' bytes below which the default pool analyses in this thread alone. */
export const DEFAULT_MIN_BYTES = 2 * 1024 * 1024
/** Notes below which no worker is started, however many threads were asked for. */
export const DEFAULT_MIN_NOTES = 48

export interface PoolThreshold {
  /** Threads to analyse on, this one included. */
  readonly threads: number
  /** Whether the caller named the threads: then only `minNotes` holds them back. */
  readonly threadsGiven: boolean
  readonly minNotes?: number
  readonly minBytes?: number
}

/** True when `files` should be spread over workers. */
export function usesWorkers(files: readonly { bytes: Uint8Array }[], threshold: PoolThreshold): boolean {
  if (threshold.threads < 2 || files.length < (threshold.minNotes ?? DEFAULT_MIN_NOTES)) return false
  const minBytes = threshold.minBytes ?? (threshold.threadsGiven ? 0 : DEFAULT_MIN_BYTES)
  let bytes = 0
  for (const file of files) {
    bytes += file.bytes.length
    if (bytes >= minBytes) return true
  }
  return false
}
