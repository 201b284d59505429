/**
 * Worker thread: analyses the batches of notes the pool sends, and sends the analyses back
 * as JSON text. Analyses are plain JSON data (front matter is made JSON-safe when read), and
 * JSON.parse rebuilds their many small objects faster than the structured clone does, on the
 * thread that also assembles the graph. Asked to keep them (`keep`), it holds each full
 * analysis by its index in the build, as its JSON's bytes (held-analyses.ts), and sends it
 * back without its mdast; it then builds those notes' fragments when the pool asks
 * (held-fragments.ts).
 */
import { parentPort } from "node:worker_threads"
import { analyzeNote } from "../analyze/analyze-note.ts"
import { createHeldAnalysisStore } from "./held-analyses.ts"
import { buildHeldFragments } from "./held-fragments.ts"
import type { WorkerReply, WorkerRequest } from "./worker-pool.ts"

const held = createHeldAnalysisStore()

parentPort?.on("message", (message: WorkerRequest) => {
  if (message.type === "fragments") {
    const keys = message.keys.map(([index, key]) => [() => held.take(index), key] as const)
    for (const fragments of buildHeldFragments(message.context, keys)) {
      const reply: WorkerReply = { id: message.id, fragments }
      parentPort?.postMessage(reply, [fragments.bytes.buffer as ArrayBuffer])
    }
    const done: WorkerReply = { id: message.id, done: true }
    parentPort?.postMessage(done)
    return
  }
  const analyses = message.files.map(analyzeNote)
  const reply: WorkerReply = {
    id: message.id,
    json: message.keep
      ? `[${analyses.map((analysis, i) => held.keep(message.start + i, analysis)).join(",")}]`
      : JSON.stringify(analyses),
  }
  parentPort?.postMessage(reply)
})
