/**
 * Worker thread: analyses the batches of notes the pool sends, and sends the analyses back
 * as JSON text. Analyses are plain JSON data (front matter is made JSON-safe when read), and
 * JSON.parse rebuilds their many small objects faster than the structured clone does, on the
 * thread that also assembles the graph.
 */
import { parentPort } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { SourceFile } from "../source/types.ts"
import type { WorkerReply } from "./worker-pool.ts"

parentPort?.on("message", (message: { id: number; files: SourceFile[] }) => {
  const reply: WorkerReply = { id: message.id, json: JSON.stringify(message.files.map(analyzeNote)) }
  parentPort?.postMessage(reply)
})
