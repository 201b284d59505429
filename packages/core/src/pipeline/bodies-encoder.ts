/**
 * A one-shot build's bodies, turned into their files' bytes on another thread. With
 * `releaseTrees` the builder keeps each note's bodies as the UTF-8 of their JSON
 * (held-bodies.ts); the JSON text is made here, from the marked trees this thread holds, but
 * its UTF-8 encoding and sha1 — about 40% of that keeping (`cold11`'s profile: the encoding
 * writes every byte into freshly allocated memory) — run on a small worker while this thread
 * builds the next fragments: the assembly that follows the last analysis has the other core
 * to itself otherwise. Only the text crosses (a copy of the string), and only bytes come back
 * (the buffer is transferred, not copied). The worker loads nothing but Node's crypto, so it
 * starts in milliseconds and holds a few texts at a time.
 */
import { Worker } from "node:worker_threads"
import type { NoteBodies } from "@kube-notes/graph"
import { type HeldEncoding, holdEncoded } from "./held-bodies.ts"

/** Encodes bodies' JSON texts; `settle` resolves once every encoding given so far is done. */
export interface BodiesEncoder {
  encode(json: string): HeldEncoding
  settle(): Promise<void>
}

/** What the encoding worker sends back for one text. */
export interface EncodedReply {
  id: number
  sha1: string
  bytes: Uint8Array
}

/** Encodes in this thread, as each text comes (the builder's default). */
export function encodeHere(json: string): HeldEncoding {
  return holdEncoded(Buffer.from(json))
}

const WORKER_URL = new URL("./encode-worker.js", import.meta.url)
/** Running from TypeScript sources (tests): Node 20 cannot start a .ts worker. */
const FROM_SOURCES = import.meta.url.endsWith(".ts")

/**
 * An encoder on a worker of its own, started now; undefined where no worker can run (from
 * sources). If the worker fails, every text it had not answered is encoded in this thread.
 */
export function createWorkerEncoder(): BodiesEncoder | undefined {
  if (FROM_SOURCES) return undefined
  return createRemoteEncoder((onReply, onFailure) => {
    const worker = new Worker(WORKER_URL)
    worker.on("message", onReply)
    worker.on("error", onFailure)
    worker.on("exit", () => onFailure(new Error("encoding worker stopped")))
    return {
      post: (id, json) => worker.postMessage({ id, json }),
      stop: () => {
        worker.removeAllListeners("exit")
        void worker.terminate()
      },
    }
  })
}

interface Channel {
  post(id: number, json: string): void
  stop(): void
}

/**
 * The encoder over any channel that answers `{ id, json }` with `{ id, sha1, bytes }` (a
 * worker; tests use a stand-in that answers later, in any order).
 */
export function createRemoteEncoder(
  open: (onReply: (reply: EncodedReply) => void, onFailure: (error: unknown) => void) => Channel,
): BodiesEncoder {
  /** Texts sent and not yet answered, by id, with what to fill in when they are. */
  const waiting = new Map<number, { json: string; fill: (bytes: Buffer, sha1?: string) => void }>()
  let nextId = 0
  let failed = false
  let settled: (() => void) | undefined
  const wake = () => {
    if (waiting.size === 0 && settled) {
      const resolve = settled
      settled = undefined
      resolve()
    }
  }
  const encodeAllHere = () => {
    for (const { json, fill } of waiting.values()) fill(Buffer.from(json))
    waiting.clear()
    wake()
  }
  const channel = open(
    (reply) => {
      const known = waiting.get(reply.id)
      if (!known) return
      waiting.delete(reply.id)
      known.fill(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength), reply.sha1)
      wake()
    },
    () => {
      if (failed) return
      failed = true
      encodeAllHere()
    },
  )
  return {
    encode(json) {
      if (failed) return encodeHere(json)
      const pending = pendingEncoding(json)
      const id = nextId++
      waiting.set(id, { json, fill: pending.fill })
      channel.post(id, json)
      return pending.held
    },
    settle() {
      if (waiting.size === 0) {
        channel.stop()
        return Promise.resolve()
      }
      return new Promise<void>((resolve) => {
        settled = () => {
          channel.stop()
          resolve()
        }
      })
    },
  }
}

/**
 * An encoding whose bytes come later: until they do, reading the bodies parses the text, and
 * the sha1 and bytes are made here if asked for (the builder asks only after `settle`).
 */
function pendingEncoding(json: string): {
  held: HeldEncoding
  fill: (bytes: Buffer, sha1?: string) => void
} {
  let text: string | undefined = json
  let done: HeldEncoding | undefined
  const fill = (bytes: Buffer, sha1?: string) => {
    if (done) return
    done = holdEncoded(bytes, sha1)
    text = undefined
  }
  const ready = (): HeldEncoding => {
    if (!done) fill(Buffer.from(text as string))
    return done as HeldEncoding
  }
  return {
    held: {
      get sha1() {
        return ready().sha1
      },
      bytes: () => ready().bytes(),
      read: (): NoteBodies =>
        done || text === undefined ? ready().read() : (JSON.parse(text) as NoteBodies),
    },
    fill,
  }
}
