/**
 * Worker thread: analyses the batches of notes the pool sends, and sends the analyses back
 * as JSON text. Analyses are plain JSON data (front matter is made JSON-safe when read), and
 * JSON.parse rebuilds their many small objects faster than the structured clone does, on the
 * thread that also assembles the graph. Asked to hold them (`keep`: a one-shot build without
 * a cache), it sends each analysis without its mdast as text and the whole analyses as bytes
 * in a transferred buffer (held-analyses.ts), for a fragment worker to build their fragments.
 */
import { parentPort } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import { holdAnalyses } from "./held-analyses.ts"
import type { AnalyzeRequest, WorkerReply } from "./worker-pool.ts"

parentPort?.on("message", (message: AnalyzeRequest) => {
  const analyses = message.files.map(analyzeNote)
  if (!message.keep) {
    const reply: WorkerReply = { id: message.id, json: JSON.stringify(analyses) }
    parentPort?.postMessage(reply)
    return
  }
  const held = holdAnalyses(analyses)
  const reply: WorkerReply = { id: message.id, json: held.json, held }
  parentPort?.postMessage(reply, [held.bytes.buffer as ArrayBuffer])
})
