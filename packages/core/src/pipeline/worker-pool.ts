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
import type { AnalyzeMany, HeldAnalyses } from "./graph-builder.ts"
import { type HeldBatch, heldBytesOf } from "./held-analyses.ts"
import {
  type HeldFragment,
  type HeldFragmentsReply,
  type PlainContext,
  readHeldFragments,
} from "./held-fragments.ts"

export interface WorkerPoolOptions {
  /** Threads to analyse on, this one included. @default os.availableParallelism() */
  readonly threads?: number
  /** Below this many notes, analyse in this thread (starting workers costs more). @default 48 */
  readonly minNotes?: number
  /** Notes per message. @default 16 */
  readonly batchSize?: number
}

/** What the pool asks an analysis worker (analyze-worker.ts). */
export interface AnalyzeRequest {
  id: number
  files: SourceFile[]
  /** Reply with the analyses held as bytes too (held-analyses.ts). */
  keep: boolean
}

/** What the pool asks a fragment worker (fragment-worker.ts): each note's key and analysis's bytes. */
export interface FragmentsRequest {
  id: number
  context: PlainContext
  notes: [string, Uint8Array][]
}

/** What a worker sends back: analyses as JSON text (held too, when asked), or fragments asked for. */
export interface WorkerReply {
  id: number
  json?: string
  held?: HeldBatch
  /** Some of the fragments asked for, in the order asked; `done` comes after the last. */
  fragments?: HeldFragmentsReply
  done?: boolean
}

const WORKER_URL = new URL("./analyze-worker.js", import.meta.url)
const FRAGMENT_WORKER_URL = new URL("./fragment-worker.js", import.meta.url)
/** Running from TypeScript sources (tests): Node 20 cannot start a .ts worker, so stay in-thread. */
const FROM_SOURCES = import.meta.url.endsWith(".ts")
/**
 * Parsing allocates many short-lived objects: a larger young generation than V8's default
 * halves the scavenges in a worker (measured with bench/, ~15% less CPU per note).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 }
/**
 * A fragment worker lives for the assembly only, and builds from JSON-parsed analyses: a
 * young generation between V8's default and the analysis workers' keeps its scavenges few
 * without growing its heap much.
 */
const FRAGMENT_WORKER_LIMITS = { maxYoungGenerationSizeMb: 32 }
/** Notes this thread takes at a time: small, so worker replies are handled promptly. */
const LOCAL_BATCH = 4

export function createParallelAnalyzer(options: WorkerPoolOptions = {}): AnalyzeMany {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const minNotes = options.minNotes ?? 48
  const batchSize = options.batchSize ?? 16

  /**
   * Analyses `files` on every thread. `keep`: workers also send each analysis whole, as bytes
   * (`held[i]`, undefined when this thread made it), and `holders[i]` is the worker that made
   * file i's, or -1 when this thread did.
   */
  const analyzeAll = async (files: SourceFile[], keep: boolean) => {
    const holders = new Int32Array(files.length).fill(-1)
    const held: (Uint8Array | undefined)[] = []
    if (files.length < minNotes || threads < 2 || FROM_SOURCES)
      return { results: files.map(analyzeNote), holders, held, workers: 0 }
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
      const remote = Promise.all(
        workers.map((worker, w) =>
          feed(worker, take, remoteBatch, keep, (start, reply) => {
            const analyses = JSON.parse(reply.json ?? "[]") as NoteAnalysis[]
            const bytes = reply.held ? heldBytesOf(reply.held) : []
            analyses.forEach((analysis, i) => {
              results[start + i] = analysis
              if (!keep) return
              holders[start + i] = w
              held[start + i] = bytes[i]
            })
          }),
        ),
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
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
    return { results, holders, held, workers: workers.length }
  }

  const analyzeMany: AnalyzeMany = async (files) => (await analyzeAll(files, false)).results
  return Object.assign(analyzeMany, {
    async keepingTrees(files: SourceFile[]): Promise<HeldAnalyses> {
      const { results, holders, held, workers: count } = await analyzeAll(files, true)
      // One fresh fragment worker per analysis worker, started now so it loads while this
      // thread makes the indexes; unref'd until asked, so a failed build does not hang on it.
      const workers = Array.from(
        { length: count },
        () => new Worker(FRAGMENT_WORKER_URL, { resourceLimits: FRAGMENT_WORKER_LIMITS }),
      )
      for (const worker of workers) worker.unref()
      const stop = async () => {
        await Promise.all(workers.map((worker) => worker.terminate()))
      }
      return {
        analyses: results,
        isRemote: (index) => held[index] !== undefined,
        async buildFragments(context, keys) {
          // Each analysis worker's batches go to one fragment worker: their buffers move, whole.
          const byWorker = workers.map(() => [] as number[])
          for (const index of keys.keys()) byWorker[holders[index] ?? -1]?.push(index)
          try {
            const replies = await Promise.all(
              workers.map((worker, w) => {
                const asked = byWorker[w] ?? []
                const notes = asked.map((index): [string, Uint8Array] => [
                  keys.get(index) as string,
                  held[index] as Uint8Array,
                ])
                for (const index of asked) held[index] = undefined
                return askFragments(worker, context, notes)
              }),
            )
            const built = new Map<number, HeldFragment>()
            replies.forEach((made, w) => {
              const asked = byWorker[w] ?? []
              made.forEach((fragment, i) => {
                built.set(asked[i] ?? -1, fragment)
              })
            })
            return built
          } finally {
            await stop()
          }
        },
        close: stop,
      }
    },
  })
}

/**
 * Asks a fragment worker for the fragments of `notes` (their analyses' bytes move to it),
 * which come a few at a time (held-fragments.ts), each read as it arrives.
 */
function askFragments(
  worker: Worker,
  context: PlainContext,
  notes: [string, Uint8Array][],
): Promise<HeldFragment[]> {
  if (notes.length === 0) return Promise.resolve([])
  return new Promise((resolve, reject) => {
    const made: HeldFragment[] = []
    const onMessage = (reply: WorkerReply) => {
      if (reply.fragments) for (const fragment of readHeldFragments(reply.fragments)) made.push(fragment)
      if (!reply.done) return
      worker.off("message", onMessage)
      worker.off("error", reject)
      worker.off("exit", onExit)
      resolve(made)
    }
    const onExit = (code: number) =>
      reject(new Error(`fragment worker stopped (exit code ${code}) before its fragments`))
    worker.ref()
    worker.on("message", onMessage)
    worker.on("error", reject)
    worker.on("exit", onExit)
    const request: FragmentsRequest = { id: 0, context, notes }
    const buffers = new Set(notes.map(([, bytes]) => bytes.buffer as ArrayBuffer))
    worker.postMessage(request, [...buffers])
  })
}

/** Keeps one worker busy until the queue is empty; resolves once its last reply is in. */
function feed(
  worker: Worker,
  take: (size: number) => { start: number; files: SourceFile[] },
  batchSize: () => number,
  keep: boolean,
  store: (start: number, reply: WorkerReply) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const starts = new Map<number, number>()
    let id = 0
    const send = () => {
      const batch = take(batchSize())
      if (batch.files.length === 0) return
      starts.set(id, batch.start)
      const request: AnalyzeRequest = { id: id++, files: batch.files, keep }
      worker.postMessage(request)
    }
    worker.on("message", (reply: WorkerReply) => {
      const start = starts.get(reply.id) ?? 0
      starts.delete(reply.id)
      store(start, reply)
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
