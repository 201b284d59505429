/**
 * Analyses notes on every core: parsing is the cost of a build, and notes are independent.
 * Small batches go out as workers free up, so one huge note does not leave a core idle.
 */
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { SourceFile } from "../source/types.ts"
import type { AnalyzeMany } from "./graph-builder.ts"

export interface WorkerPoolOptions {
  /** Worker threads to start. @default os.availableParallelism() */
  readonly threads?: number
  /** Below this many notes, analyse in this thread (starting workers costs more). @default 48 */
  readonly minNotes?: number
  /** Notes per message. @default 16 */
  readonly batchSize?: number
}

const WORKER_URL = new URL("./analyze-worker.js", import.meta.url)
/** Running from TypeScript sources (tests): Node 20 cannot start a .ts worker, so stay in-thread. */
const FROM_SOURCES = import.meta.url.endsWith(".ts")

export function createParallelAnalyzer(options: WorkerPoolOptions = {}): AnalyzeMany {
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const minNotes = options.minNotes ?? 48
  const batchSize = options.batchSize ?? 16
  return async (files) => {
    if (files.length < minNotes || threads < 2 || FROM_SOURCES) return files.map(analyzeNote)
    const results: NoteAnalysis[] = new Array(files.length)
    const batches: { id: number; start: number; files: SourceFile[] }[] = []
    for (let start = 0, id = 0; start < files.length; start += batchSize, id++)
      batches.push({ id, start, files: files.slice(start, start + batchSize) })
    const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(WORKER_URL))
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const starts = new Map<number, number>()
              const sendNext = () => {
                const batch = batches.shift()
                if (!batch) return resolve()
                starts.set(batch.id, batch.start)
                worker.postMessage({ id: batch.id, files: batch.files })
              }
              worker.on("message", (message: { id: number; analyses: NoteAnalysis[] }) => {
                const start = starts.get(message.id) ?? 0
                message.analyses.forEach((analysis, i) => {
                  results[start + i] = analysis
                })
                sendNext()
              })
              worker.on("error", reject)
              sendNext()
            }),
        ),
      )
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
    return results
  }
}
