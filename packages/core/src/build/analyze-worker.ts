/** Worker thread: analyses the batches of notes the pool sends, and sends the analyses back. */
import { parentPort } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { SourceFile } from "../source/types.ts"

parentPort?.on("message", (message: { id: number; files: SourceFile[] }) => {
  parentPort?.postMessage({ id: message.id, analyses: message.files.map(analyzeNote) })
})
