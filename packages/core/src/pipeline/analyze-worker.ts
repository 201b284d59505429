/**
 * Worker thread: analyses the batches of notes the pool sends, and sends the analyses back
 * as JSON text. Analyses are plain JSON data (front matter is made JSON-safe when read), and
 * JSON.parse rebuilds their many small objects faster than the structured clone does, on the
 * thread that also assembles the graph. With `hold`, each analysis's trees come apart, as the
 * UTF-8 bytes of their JSON in one transferred buffer (held-trees.ts): the main thread parses
 * them only when it builds the note's fragment.
 */
import { parentPort } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { SourceFile } from "../source/types.ts"
import { lightPart, treesJson } from "./held-trees.ts"
import type { WorkerReply } from "./worker-pool.ts"

parentPort?.on("message", (message: { id: number; files: SourceFile[]; hold?: boolean }) => {
  const analyses = message.files.map(analyzeNote)
  if (!message.hold) {
    const reply: WorkerReply = { id: message.id, json: JSON.stringify(analyses) }
    parentPort?.postMessage(reply)
    return
  }
  const parts = analyses.map((analysis) => Buffer.from(treesJson(analysis)))
  const trees = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  const ends: number[] = []
  let end = 0
  for (const part of parts) {
    trees.set(part, end)
    end += part.length
    ends.push(end)
  }
  const reply: WorkerReply = {
    id: message.id,
    json: JSON.stringify(analyses.map(lightPart)),
    trees: { bytes: trees, ends },
  }
  parentPort?.postMessage(reply, [trees.buffer])
})
