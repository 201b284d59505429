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

/** What the pool asks a worker (analyze-worker.ts). */
export type WorkerRequest =
  | { type: "analyze"; id: number; start: number; files: SourceFile[]; keep: boolean }
  | { type: "fragments"; id: number; context: PlainContext; keys: [number, string][] }

/** What a worker sends back: the analyses as JSON text, or the fragments asked for. */
export interface WorkerReply {
  id: number
  json?: string
  /** Some of the fragments asked for, in the order asked; `done` comes after the last. */
  fragments?: HeldFragmentsReply
  done?: boolean
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
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const minNotes = options.minNotes ?? 48
  const batchSize = options.batchSize ?? 16

  /**
   * Analyses `files` on every thread. `keep`: workers keep their analyses (they reply without
   * the mdast) and stay alive, returned in `workers`; `holders[i]` is the worker holding
   * file i's, or -1 when this thread made it.
   */
  const analyzeAll = async (files: SourceFile[], keep: boolean) => {
    const holders = new Int32Array(files.length).fill(-1)
    if (files.length < minNotes || threads < 2 || FROM_SOURCES)
      return { results: files.map(analyzeNote), holders, workers: [] as Worker[] }
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
    let kept = false
    try {
      const remoteBatch = () => remoteBatchSize(files.length - next, threads, batchSize, LOCAL_BATCH)
      const remote = Promise.all(
        workers.map((worker, w) =>
          feed(
            worker,
            take,
            remoteBatch,
            (start, analyses) => {
              analyses.forEach((analysis, i) => {
                results[start + i] = analysis
                if (keep) holders[start + i] = w
              })
            },
            keep,
          ),
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
      kept = keep
    } finally {
      if (!kept) await Promise.all(workers.map((worker) => worker.terminate()))
    }
    return { results, holders, workers: kept ? workers : [] }
  }

  const analyzeMany: AnalyzeMany = async (files) => (await analyzeAll(files, false)).results
  return Object.assign(analyzeMany, {
    async keepingTrees(files: SourceFile[]): Promise<HeldAnalyses> {
      const { results, holders, workers } = await analyzeAll(files, true)
      // Until asked for fragments, a worker left behind by a failed build must not keep the process alive.
      for (const worker of workers) worker.unref()
      const stop = async () => {
        await Promise.all(workers.map((worker) => worker.terminate()))
      }
      return {
        analyses: results,
        isRemote: (index) => (holders[index] ?? -1) >= 0,
        async buildFragments(context, keys) {
          const byWorker = workers.map(() => [] as [number, string][])
          for (const [index, key] of keys) byWorker[holders[index] ?? -1]?.push([index, key])
          try {
            const replies = await Promise.all(
              workers.map((worker, w) => askFragments(worker, context, byWorker[w] ?? [])),
            )
            const built = new Map<number, HeldFragment>()
            replies.forEach((made, w) => {
              const asked = byWorker[w] ?? []
              made.forEach((fragment, i) => {
                built.set(asked[i]?.[0] ?? -1, fragment)
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
 * Asks a worker for the fragments of the notes it holds, which come a few at a time
 * (held-fragments.ts), each read as it arrives; empty when it holds none asked for.
 */
function askFragments(
  worker: Worker,
  context: PlainContext,
  keys: [number, string][],
): Promise<HeldFragment[]> {
  if (keys.length === 0) return Promise.resolve([])
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
      reject(new Error(`analysis worker stopped (exit code ${code}) before its fragments`))
    worker.ref()
    worker.on("message", onMessage)
    worker.on("error", reject)
    worker.on("exit", onExit)
    const request: WorkerRequest = { type: "fragments", id: 0, context, keys }
    worker.postMessage(request)
  })
}

/** Keeps one worker busy until the queue is empty; resolves once its last reply is in. */
function feed(
  worker: Worker,
  take: (size: number) => { start: number; files: SourceFile[] },
  batchSize: () => number,
  store: (start: number, analyses: NoteAnalysis[]) => void,
  keep: boolean,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const starts = new Map<number, number>()
    let id = 0
    const send = () => {
      const batch = take(batchSize())
      if (batch.files.length === 0) return
      starts.set(id, batch.start)
      const request: WorkerRequest = {
        type: "analyze",
        id: id++,
        start: batch.start,
        files: batch.files,
        keep,
      }
      worker.postMessage(request)
    }
    const onMessage = (reply: WorkerReply) => {
      const start = starts.get(reply.id) ?? 0
      starts.delete(reply.id)
      store(start, JSON.parse(reply.json ?? "[]") as NoteAnalysis[])
      send()
      if (starts.size === 0) done()
    }
    const onError = (error: Error) => reject(error)
    const onExit = (code: number) => {
      if (starts.size > 0) reject(new Error(`analysis worker stopped (exit code ${code}) before it finished`))
    }
    // A kept worker answers other requests later: its analysis listeners go once it is done.
    const done = () => {
      worker.off("message", onMessage)
      worker.off("error", onError)
      worker.off("exit", onExit)
      resolve()
    }
    worker.on("message", onMessage)
    worker.on("error", onError)
    worker.on("exit", onExit)
    send()
    send()
    if (starts.size === 0) done()
  })
}
