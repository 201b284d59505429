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

export interface WorkerPoolOptions {
  /** Threads to analyse on, this one included. @default os.availableParallelism() */
  readonly threads?: number
  /** Below this many notes, analyse in this thread (starting workers costs more). @default 48 */
  readonly minNotes?: number
  /** Notes per message. @default 16 */
  readonly batchSize?: number
  /**
   * Start the workers now rather than at the first call: a cold build knows it will parse, and
   * a worker takes a few hundred ms to load the parser, which can happen while the caller still
   * reads the notes from disk. They do not keep the process alive until they are used. @default false
   */
  readonly startNow?: boolean
}

/** What a worker sends back: the analyses as JSON text (see analyze-worker.ts). */
export interface WorkerReply {
  id: number
  json: string
}

const WORKER_URL = new URL("./analyze-worker.js", import.meta.url)
/** Running from TypeScript sources (tests): Node 20 cannot start a .ts worker, so stay in-thread. */
const FROM_SOURCES = import.meta.url.endsWith(".ts")
/**
 * Parsing allocates many short-lived objects: a larger young generation than V8's default
 * halves the scavenges in a worker (measured with bench/, ~15% less CPU per note).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 }
/** Notes this thread takes at a time: small, so worker replies are handled promptly. */
const LOCAL_BATCH = 4
/** How long workers started ahead wait for their first call (reading 5,000 notes takes a few seconds). */
const EARLY_IDLE_MS = 30_000

export function createParallelAnalyzer(options: WorkerPoolOptions = {}): AnalyzeMany {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const minNotes = options.minNotes ?? 48
  const batchSize = options.batchSize ?? 16
  const parallel = threads >= 2 && !FROM_SOURCES
  let started = options.startNow && parallel ? startWorkers(threads - 1) : undefined
  // Workers started ahead and not used (the read failed, the builder was dropped) are stopped,
  // so a long-lived process is not left with idle threads; a later call starts its own.
  const idle =
    started &&
    setTimeout(() => {
      for (const worker of started ?? []) worker.terminate().catch(() => undefined)
      started = undefined
    }, EARLY_IDLE_MS).unref()
  return async (files) => {
    if (idle) clearTimeout(idle)
    // Workers started ahead serve the first call only.
    const early = started
    started = undefined
    if (files.length < minNotes || !parallel) {
      // Not awaited: an unref'd worker keeps nothing waiting, and it may be mid-way through loading.
      for (const worker of early ?? []) worker.terminate().catch(() => undefined)
      return files.map(analyzeNote)
    }
    const results: NoteAnalysis[] = new Array(files.length)
    let next = 0
    const take = (size: number) => {
      const start = next
      next = Math.min(files.length, next + size)
      return { start, files: files.slice(start, next) }
    }
    const workers = early ?? startWorkers(threads - 1)
    for (const worker of workers) worker.ref()
    try {
      const remoteBatch = () => remoteBatchSize(files.length - next, threads, batchSize, LOCAL_BATCH)
      const remote = Promise.all(workers.map((worker) => feed(worker, take, remoteBatch, results)))
      // This thread works through the same queue, yielding between batches for worker replies.
      while (next < files.length) {
        const batch = take(LOCAL_BATCH)
        batch.files.forEach((file, i) => {
          results[batch.start + i] = analyzeNote(file)
        })
        await new Promise((resolve) => setImmediate(resolve))
      }
      await remote
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
    return results
  }
}

/** What became of a worker before it was given work (it may be started ahead). */
const fates = new WeakMap<Worker, { error?: unknown; exitCode?: number }>()

/** Workers that will not keep the process alive until `ref()`ed (a build that fails first still exits). */
function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS })
    const fate: { error?: unknown; exitCode?: number } = {}
    fates.set(worker, fate)
    worker.once("error", (error) => {
      fate.error = error
    })
    worker.once("exit", (code) => {
      fate.exitCode = code
    })
    worker.unref()
    return worker
  })
}

/** Keeps one worker busy until the queue is empty; resolves once its last reply is in. */
function feed(
  worker: Worker,
  take: (size: number) => { start: number; files: SourceFile[] },
  batchSize: () => number,
  results: NoteAnalysis[],
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fate = fates.get(worker)
    if (fate?.error !== undefined || fate?.exitCode !== undefined) {
      reject(
        fate.error ??
          new Error(`analysis worker stopped (exit code ${fate.exitCode}) before it was given notes`),
      )
      return
    }
    const starts = new Map<number, number>()
    let id = 0
    const send = () => {
      const batch = take(batchSize())
      if (batch.files.length === 0) return
      starts.set(id, batch.start)
      worker.postMessage({ id: id++, files: batch.files })
    }
    worker.on("message", (reply: WorkerReply) => {
      const start = starts.get(reply.id) ?? 0
      starts.delete(reply.id)
      ;(JSON.parse(reply.json) as NoteAnalysis[]).forEach((analysis, i) => {
        results[start + i] = analysis
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
