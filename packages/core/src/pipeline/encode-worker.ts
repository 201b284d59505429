/**
 * Worker thread of bodies-encoder.ts: each bodies JSON text it is sent comes back as its
 * UTF-8 bytes (in a buffer of their own, transferred) with their sha1.
 */
import { createHash } from "node:crypto"
import { parentPort } from "node:worker_threads"
import type { EncodedReply } from "./bodies-encoder.ts"

parentPort?.on("message", (message: { id: number; json: string }) => {
  // A buffer of its own: a small text's Buffer.from would sit in Node's shared pool, which
  // cannot be transferred.
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(message.json))
  bytes.write(message.json)
  const reply: EncodedReply = { id: message.id, sha1: createHash("sha1").update(bytes).digest("hex"), bytes }
  parentPort?.postMessage(reply, [bytes.buffer])
})
