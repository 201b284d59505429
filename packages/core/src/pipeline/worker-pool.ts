/**
 * Analyses notes on every core: parsing is the cost of a build, and notes are independent.
 * This thread analyses too, beside `threads − 1` workers: on two cores that is one worker,
 * so only about half the analyses cross a thread boundary and no third thread competes for
 * the two cores. Small batches go out as threads free up, so one huge note does not leave a
 * core idle; each worker holds two batches so it never waits while this thread is busy.
 * Near the end of the queue the batches shrink (batch-size.ts), so every thread runs out of
 * notes at about the same time: the graph is assembled only once the last analysis is in.
 *
 * `createTreeWorkers` goes further for a one-shot build: its workers keep the trees of the
 * notes they analysed and build those notes' fragments too, so this thread neither parses
 * their trees from JSON nor holds them, and assembly runs on every core (remote-fragments.ts).
 */
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { Fragment } from "../assemble/fragment.ts"
import type { SourceFile } from "../source/types.ts"
import { remoteBatchSize } from "./batch-size.ts"
import type { AnalyzeMany, TreeWorkers } from "./graph-builder.ts"
import { type PackedContext, type PackedFragment, unpackFragment } from "./remote-fragments.ts"
import type { WorkerReply, WorkerRequest } from "./worker-requests.ts"

export interface WorkerPoolOptions {
  /** Threads to analyse on, this one included. @default os.availableParallelism() */
  readonly threads?: number
  /** Below this many notes, analyse in this thread (starting workers costs more). @default 48 */
  readonly minNotes?: number
  /** Notes per message. @default 16 */
  readonly batchSize?: number
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

export function createParallelAnalyzer(options: WorkerPoolOptions = {}): AnalyzeMany {
  return async (files) => {
    const pool = startPool(files.length, options)
    if (!pool) return files.map(analyzeNote)
    try {
      return await pool.analyze(files, false)
    } finally {
      await pool.close()
    }
  }
}

/**
 * Workers for one build that keep the trees of what they analyse (see the top of this file).
 * `close` ends them; a build that asked for no fragments must still call it.
 */
export function createTreeWorkers(options: WorkerPoolOptions = {}): TreeWorkers {
  let pool: Pool | undefined
  /** Tree-less analyses handed out, and which worker holds each one's trees. */
  const holder = new WeakMap<NoteAnalysis, Worker>()
  return {
    async analyzeMany(files) {
      if (pool) throw new Error("tree workers analyse once")
      pool = startPool(files.length, options)
      if (!pool) return files.map(analyzeNote)
      return pool.analyze(files, true, (analysis, worker) => holder.set(analysis, worker))
    },
    holds: (analysis) => holder.has(analysis),
    async buildFragments(analyses, context) {
      const byWorker = new Map<Worker, number[]>()
      analyses.forEach((analysis, index) => {
        const worker = holder.get(analysis)
        if (!worker) throw new Error(`no worker holds ${analysis.path}`)
        const list = byWorker.get(worker)
        if (list) list.push(index)
        else byWorker.set(worker, [index])
      })
      const fragments: Fragment[] = new Array(analyses.length)
      await Promise.all(
        [...byWorker].map(async ([worker, indexes]) => {
          const notes = indexes.map((index) => ({ path: (analyses[index] as NoteAnalysis).path }))
          const packed = await (pool as Pool).fragments(worker, context, notes)
          packed.forEach((one, i) => {
            fragments[indexes[i] as number] = unpackFragment(one)
          })
        }),
      )
      return fragments
    },
    close: async () => pool?.close(),
  }
}

interface Pool {
  /** Analyses every file, this thread taking its share; `held` hears of each analysis a worker kept. */
  analyze(
    files: SourceFile[],
    keep: boolean,
    held?: (analysis: NoteAnalysis, worker: Worker) => void,
  ): Promise<NoteAnalysis[]>
  /** Asks one worker for the fragments of notes it holds. */
  fragments(worker: Worker, context: PackedContext, notes: { path: string }[]): Promise<PackedFragment[]>
  close(): Promise<void>
}

/** The workers for `count` notes, or undefined when this thread should analyse them alone. */
function startPool(count: number, options: WorkerPoolOptions): Pool | undefined {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const minNotes = options.minNotes ?? 48
  const batchSize = options.batchSize ?? 16
  if (count < minNotes || threads < 2 || FROM_SOURCES) return undefined
  const workers = Array.from(
    { length: threads - 1 },
    () => new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }),
  )
  let asked = 0
  return {
    async analyze(files, keep, held) {
      const results: NoteAnalysis[] = new Array(files.length)
      let next = 0
      const take = (size: number) => {
        const start = next
        next = Math.min(files.length, next + size)
        return { start, files: files.slice(start, next) }
      }
      const remoteBatch = () => remoteBatchSize(files.length - next, threads, batchSize, LOCAL_BATCH)
      const remote = Promise.all(
        workers.map((worker) => feed(worker, take, remoteBatch, keep, results, held)),
      )
      // This thread works through the same queue, yielding between batches for worker replies.
      while (next < files.length) {
        const batch = take(LOCAL_BATCH)
        batch.files.forEach((file, i) => {
          results[batch.start + i] = analyzeNote(file)
        })
        await new Promise((resolve) => setImmediate(resolve))
      }
      await remote
      return results
    },
    fragments(worker, context, notes) {
      const id = --asked
      return new Promise<PackedFragment[]>((resolve, reject) => {
        const onMessage = (reply: WorkerReply) => {
          if (reply.id !== id || !("fragments" in reply)) return
          worker.off("message", onMessage)
          worker.off("error", reject)
          resolve(reply.fragments)
        }
        worker.on("message", onMessage)
        worker.on("error", reject)
        const request: WorkerRequest = { type: "fragments", id, context, notes }
        worker.postMessage(request)
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/** Keeps one worker busy until the queue is empty; resolves once its last reply is in. */
function feed(
  worker: Worker,
  take: (size: number) => { start: number; files: SourceFile[] },
  batchSize: () => number,
  keep: boolean,
  results: NoteAnalysis[],
  held?: (analysis: NoteAnalysis, worker: Worker) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const starts = new Map<number, number>()
    let id = 0
    const send = () => {
      const batch = take(batchSize())
      if (batch.files.length === 0) return
      starts.set(id, batch.start)
      const message: WorkerRequest = { type: "analyze", id: id++, files: batch.files, keep }
      worker.postMessage(message)
    }
    const done = () => {
      worker.off("message", onMessage)
      worker.off("error", reject)
      worker.off("exit", onExit)
      resolve()
    }
    const onMessage = (reply: WorkerReply) => {
      const start = starts.get(reply.id)
      if (start === undefined || !("json" in reply)) return
      starts.delete(reply.id)
      ;(JSON.parse(reply.json) as NoteAnalysis[]).forEach((analysis, i) => {
        results[start + i] = analysis
        held?.(analysis, worker)
      })
      send()
      if (starts.size === 0) done()
    }
    const onExit = (code: number) => {
      if (starts.size > 0) reject(new Error(`analysis worker stopped (exit code ${code}) before it finished`))
    }
    worker.on("message", onMessage)
    worker.on("error", reject)
    worker.on("exit", onExit)
    send()
    send()
    if (starts.size === 0) done()
  })
}
