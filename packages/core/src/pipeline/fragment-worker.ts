/**
 * Worker thread of a one-shot build without a cache: builds the fragments of the notes the
 * analysis worker parsed, from their analyses' bytes (held-analyses.ts), while the main
 * thread builds the others, and sends them back a few at a time (held-fragments.ts). A fresh
 * thread: its heap holds one note's tree at a time, not what the analyses grew it to.
 */
import { parentPort } from "node:worker_threads"
import { decodeHeldAnalysis } from "./held-analyses.ts"
import { buildHeldFragments } from "./held-fragments.ts"
import type { FragmentsRequest, WorkerReply } from "./worker-pool.ts"

parentPort?.on("message", (message: FragmentsRequest) => {
  const keys = message.notes.map(([key, bytes]) => [() => decodeHeldAnalysis(bytes), key] as const)
  for (const fragments of buildHeldFragments(message.context, keys)) {
    const reply: WorkerReply = { id: message.id, fragments }
    parentPort?.postMessage(reply, [fragments.bytes.buffer as ArrayBuffer])
  }
  const done: WorkerReply = { id: message.id, done: true }
  parentPort?.postMessage(done)
})
