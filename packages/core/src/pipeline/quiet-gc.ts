/**
 * V8's parallel scavenging, off while every core runs an analysing thread. Each young-generation
 * collection then posts helper tasks to Node's platform threads (four by default), and with no
 * spare core those helpers only take turns with the analysing threads: a cold build of 1,000
 * notes on two cores ran ≈ 6% faster on ≈ 4% less CPU without them (docs/benchmarks.md,
 * "sixteenth round"; the same as `node --v8-pool-size=2`). One thread alone keeps them: they run
 * on the idle core. V8 reads the flag at each collection, so it is turned back on once the
 * workers are gone, for the assembly that follows on one thread. A process started with its own
 * `--parallel-scavenge` setting keeps it.
 */
import { setFlagsFromString } from "node:v8"

let quietRuns = 0

/** Whether the process was started with a setting of its own for the flag. */
function setByUser(): boolean {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ")
  return /--(no-)?parallel[-_]scavenge\b/.test(given)
}

/** Runs `work` with parallel scavenging off (on again when no other such run is going on). */
export async function withQuietGc<T>(work: () => Promise<T>): Promise<T> {
  if (setByUser()) return work()
  if (quietRuns++ === 0) setFlagsFromString("--no-parallel-scavenge")
  try {
    return await work()
  } finally {
    if (--quietRuns === 0) setFlagsFromString("--parallel-scavenge")
  }
}
