/**
 * V8's parallel scavenging, off while every core runs an analysing thread. Each young-generation
 * collection then posts helper tasks to Node's platform threads (four by default), and with no
 * spare core those helpers only take turns with the analysing threads: a cold build of 1,000
 * notes on two cores ran 3–6% faster in every round, on ≈ 4% less CPU, without them (docs/benchmarks.md,
 * "sixteenth round"; the same as `node --v8-pool-size=2`). One thread alone keeps them: they run
 * on the idle core. V8 reads the flag at each collection, so it is turned back on once the
 * workers are gone, for the assembly that follows on one thread. A process started with its own
 * `--parallel-scavenge` setting keeps it.
 */
import { setFlagsFromString } from "node:v8"

/** What a run needs from the process: its V8 flag setter and the flags it was started with. */
export interface GcFlagsAccess {
  readonly setFlags: (flags: string) => void
  readonly startFlags: () => string
}

const processAccess: GcFlagsAccess = {
  setFlags: setFlagsFromString,
  startFlags: () => [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" "),
}

/** `withQuietGc` over the given access (tests give their own). */
export function createQuietGc(access: GcFlagsAccess = processAccess) {
  let quietRuns = 0
  /** Runs `work` with parallel scavenging off (on again when no other such run is going on). */
  return async function withQuietGc<T>(work: () => Promise<T>): Promise<T> {
    // Started with a setting of its own for the flag: that setting stands.
    if (/--(no-)?parallel[-_]scavenge\b/.test(access.startFlags())) return work()
    if (quietRuns++ === 0) access.setFlags("--no-parallel-scavenge")
    try {
      return await work()
    } finally {
      if (--quietRuns === 0) access.setFlags("--parallel-scavenge")
    }
  }
}

/** Runs `work` with parallel scavenging off, for this process's worker pools. */
export const withQuietGc = createQuietGc()
