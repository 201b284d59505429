/**
 * Analyses notes on every core: parsing is the cost of a build, and notes are independent.
 * This thread analyses too, beside `threads − 1` workers: on two cores that is one worker,
 * so only about half the analyses cross a thread boundary and no third thread competes for
 * the two cores. Small batches go out as threads free up, so one huge note does not leave a
 * core idle; each worker holds two batches so it never waits while this thread is busy.
 * Near the end of the queue the batches shrink (batch-size.ts), so every thread runs out of
 * notes at about the same time: the graph is assembled only once the last analysis is in.
 */
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { SourceFile } from "../source/types.ts"
import { remoteBatchSize } from "./batch-size.ts"
import type { AnalyzeMany } from "./graph-builder.ts"
import { heldAnalysis, holdTrees } from "./held-trees.ts"
import { type PoolThreshold, usesWorkers } from "./pool-threshold.ts"
import { withQuietGc } from "./quiet-gc.ts"

export interface WorkerPoolOptions {
  /**
   * Threads to analyse on, this one included. Given, it holds for any `minNotes` notes or
   * more; by default, os.availableParallelism() from `minBytes` of notes on.
   */
  readonly threads?: number
  /** Below this many notes, analyse in this thread (starting workers costs more). @default 48 */
  readonly minNotes?: number
  /**
   * Below this many bytes of notes, analyse in this thread (pool-threshold.ts).
   * @default 2 MiB, or 0 when `threads` is given
   */
  readonly minBytes?: number
  /** Notes per message. @default 16 */
  readonly batchSize?: number
  /**
   * Hand out analyses whose trees are held as bytes (held-trees.ts): lighter to keep until
   * their fragments are built, read whole through `fullAnalysis`; the graph builder takes
   * them as they are. Only for the threads' work: below `minNotes` or `minBytes` (analysed in
   * this thread alone) the analyses come whole either way. @default false (whole analyses)
   */
  readonly holdTrees?: boolean
}

/** What a worker sends back: the analyses as JSON text (see analyze-worker.ts). */
export interface WorkerReply {
  id: number
  json: string
  /** With `hold`: each analysis's trees, one after the other, and where each ends. */
  trees?: { bytes: Uint8Array; ends: number[] }
}

/**
 * The worker's script beside this module: analyze-worker.js among the compiled modules, or
 * analyze-worker.cjs beside a bundle of them (the CLI's core.cjs: apps/tui/scripts/core-bundle.mjs).
 */
const WORKER_URL = new URL(
  import.meta.url.endsWith(".cjs") ? "./analyze-worker.cjs" : "./analyze-worker.js",
  import.meta.url,
)
/** Running from TypeScript sources (tests): Node 20 cannot start a .ts worker, so stay in-thread. */
const FROM_SOURCES = import.meta.url.endsWith(".ts")
/**
 * Parsing allocates many short-lived objects: a larger young generation than V8's default
 * halves the scavenges in a worker (measured with bench/, ~15% less CPU per note).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 }
/** Notes this thread takes at a time: small, so worker replies are handled promptly. */
const LOCAL_BATCH = 4

export function createParallelAnalyzer(options: WorkerPoolOptions = {}): AnalyzeMany {
  const threshold: PoolThreshold = {
    threads: Math.max(1, options.threads ?? availableParallelism()),
    threadsGiven: options.threads !== undefined,
    ...(options.minNotes === undefined ? {} : { minNotes: options.minNotes }),
    ...(options.minBytes === undefined ? {} : { minBytes: options.minBytes }),
  }
  const { threads } = threshold
  const batchSize = options.batchSize ?? 16
  const hold = options.holdTrees === true
  const kept = hold ? (file: SourceFile) => holdTrees(analyzeNote(file)) : keptAnalysis
  // With no core to spare for V8's GC helpers, they are turned off while the workers run.
  const noSpareCore = threads >= availableParallelism()
  return async (files) => {
    // Whole analyses here: a few notes' trees cost little to keep, and a builder holds the
    // trees of what it keeps once their fragments are built.
    if (FROM_SOURCES || !usesWorkers(files, threshold)) return files.map(analyzeNote)
    const pooled = () => analyzeOnThreads(files, threads, batchSize, kept, hold)
    return noSpareCore ? withQuietGc(pooled) : pooled()
  }
}

/** `files` analysed here and on `threads − 1` workers, each result in its file's place. */
async function analyzeOnThreads(
  files: SourceFile[],
  threads: number,
  batchSize: number,
  kept: (file: SourceFile) => NoteAnalysis,
  hold: boolean,
): Promise<NoteAnalysis[]> {
  const results: NoteAnalysis[] = new Array(files.length)
  let next = 0
  const take = (size: number) => {
    const start = next
    next = Math.min(files.length, next + size)
    return { start, files: files.slice(start, next) }
  }
  const workers = Array.from(
    { length: threads - 1 },
    () => new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }),
  )
  try {
    const remoteBatch = () => remoteBatchSize(files.length - next, threads, batchSize, LOCAL_BATCH)
    const remote = Promise.all(workers.map((worker) => feed(worker, take, remoteBatch, results, hold)))
    // A worker that fails (its script missing, its heap exhausted) rejects `remote` while this
    // thread is still analysing: the failure is thrown where `remote` is awaited, and marked
    // handled until then, or Node would end the process over an unhandled rejection.
    let failed = false
    remote.catch(() => {
      failed = true
    })
    // This thread works through the same queue, yielding between batches for worker replies.
    while (next < files.length && !failed) {
      const batch = take(LOCAL_BATCH)
      batch.files.forEach((file, i) => {
        results[batch.start + i] = kept(file)
      })
      await new Promise((resolve) => setImmediate(resolve))
    }
    await remote
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}

/**
 * A note's analysis as this thread keeps it: rebuilt through its JSON, as the worker's come.
 * The parser's trees take about 1.5 times the memory of the same trees made by `JSON.parse`
 * (positions added to each node after it was made, arrays grown by push, strings sliced from
 * the note's text), and the build holds every tree until its fragment is built: at 5,000 notes
 * the cold build's peak was 150–190 MB lower this way, and the CPU the JSON costs came back in
 * less garbage collection (docs/benchmarks.md, twelfth round).
 */
function keptAnalysis(file: SourceFile): NoteAnalysis {
  return JSON.parse(JSON.stringify(analyzeNote(file))) as NoteAnalysis
}

/** Keeps one worker busy until the queue is empty; resolves once its last reply is in. */
function feed(
  worker: Worker,
  take: (size: number) => { start: number; files: SourceFile[] },
  batchSize: () => number,
  results: NoteAnalysis[],
  hold: boolean,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const starts = new Map<number, number>()
    let id = 0
    const send = () => {
      const batch = take(batchSize())
      if (batch.files.length === 0) return
      starts.set(id, batch.start)
      worker.postMessage({ id: id++, files: batch.files, hold })
    }
    worker.on("message", (reply: WorkerReply) => {
      const start = starts.get(reply.id) ?? 0
      starts.delete(reply.id)
      const trees = reply.trees
      ;(JSON.parse(reply.json) as NoteAnalysis[]).forEach((analysis, i) => {
        if (!trees) {
          results[start + i] = analysis
          return
        }
        // Views of the one transferred buffer: no copy.
        const from = i === 0 ? 0 : (trees.ends[i - 1] as number)
        const bytes = Buffer.from(
          trees.bytes.buffer,
          trees.bytes.byteOffset + from,
          (trees.ends[i] as number) - from,
        )
        results[start + i] = heldAnalysis(analysis, bytes)
      })
      send()
      if (starts.size === 0) resolve()
    })
    worker.on("error", reject)
    worker.on("exit", (code) => {
      if (starts.size > 0) reject(new Error(`analysis worker stopped (exit code ${code}) before it finished`))
    })
    send()
    send()
    if (starts.size === 0) resolve()
  })
}
