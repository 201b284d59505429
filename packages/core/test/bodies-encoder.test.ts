/**
 * A one-shot build hands its bodies' JSON to an encoder on another thread (bodies-encoder.ts)
 * once it has built enough fragments: the bytes and sha1s come back later, in any order, or
 * not at all when the thread fails. Whatever the encoder does, the build must return what a
 * build that encodes in its own thread returns: the same graph, bodies and bodies files.
 * Here the thread is a stand-in that answers on later turns of the event loop, shuffled; the
 * real worker runs in corpus.test.ts (core's dist, `buildGraphFromDir` with two threads).
 */
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { type BodiesEncoder, createRemoteEncoder, type EncodedReply } from "../src/pipeline/bodies-encoder.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import { createGraphBuilder } from "../src/pipeline/graph-builder.ts"
import { readContentDir } from "../src/source/read-dir.ts"
import { repoRoot, withAllBodies } from "./helpers.ts"

/** Every note's bodies file as text, and the sha1 the writer records for it. */
function bodyFiles(built: BuiltGraph) {
  return built.graph.nodes
    .filter((node) => node.kind === "note")
    .map((node) => {
      const encoded = built.bodies.encodeNoteBodies(node.id)
      return { id: node.id, sha1: encoded?.sha1, text: encoded?.bytes().toString("utf8") }
    })
}

/**
 * An encoder whose "thread" answers each text a few turns later, in a shuffled order; after
 * `failAfter` answers it fails instead (the texts it had not answered are encoded here).
 */
function standIn(options: { failAfter?: number } = {}): { encoder: BodiesEncoder; answered: () => number } {
  let answered = 0
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const encoder = createRemoteEncoder((onReply, onFailure) => {
    let stopped = false
    return {
      post(id, json) {
        setTimeout(
          () => {
            if (stopped) return
            if (options.failAfter !== undefined && answered >= options.failAfter) {
              onFailure(new Error("stand-in failed"))
              return
            }
            answered++
            const bytes = new Uint8Array(Buffer.from(json))
            const sha1 = createHash("sha1").update(bytes).digest("hex")
            const reply: EncodedReply = { id, sha1, bytes }
            onReply(reply)
          },
          Math.floor(random() * 5),
        )
      },
      stop() {
        stopped = true
      },
    }
  })
  return { encoder, answered: () => answered }
}

describe("bodies encoded on another thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "kube-notes-encoder-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  execFileSync(process.execPath, [join(repoRoot, "bench/gen-corpus.mjs"), join(dir, "notes"), "16", "11"])

  const reference = async () => {
    const built = await createGraphBuilder({ releaseTrees: true }).build(
      await readContentDir(join(dir, "notes")),
    )
    return { all: withAllBodies(built), files: bodyFiles(built) }
  }

  it("should build what encoding in this thread builds when the answers come late and shuffled", async () => {
    const expected = await reference()
    const made = standIn()
    let asked = 0
    const builder = createGraphBuilder({
      releaseTrees: true,
      bodiesEncoder: {
        from: 6,
        create: () => {
          asked++
          return made.encoder
        },
      },
    })
    const built = await builder.build(await readContentDir(join(dir, "notes")))
    // 16 notes: the first 6 fragments are encoded here, the other 10 by the encoder.
    expect(asked).toBe(1)
    expect(made.answered()).toBe(10)
    expect(bodyFiles(built)).toEqual(expected.files)
    expect(withAllBodies(built)).toEqual(expected.all)
    // The builder's state keeps the same encodings (what the cache writer saves).
    const plain = createGraphBuilder({ releaseTrees: true })
    await plain.build(await readContentDir(join(dir, "notes")))
    const sha1s = (entries: ReturnType<typeof builder.snapshot>["entries"]) =>
      entries.map((entry) => [entry.path, entry.fragment?.bodies.sha1])
    expect(sha1s(builder.snapshot().entries)).toEqual(sha1s(plain.snapshot().entries))
  })

  it("should encode here what a failed thread had not answered", async () => {
    const expected = await reference()
    const made = standIn({ failAfter: 4 })
    const built = await createGraphBuilder({
      releaseTrees: true,
      bodiesEncoder: { from: 6, create: () => made.encoder },
    }).build(await readContentDir(join(dir, "notes")))
    expect(made.answered()).toBe(4)
    expect(bodyFiles(built)).toEqual(expected.files)
    expect(withAllBodies(built)).toEqual(expected.all)
  })

  it("should read a fragment's bodies from its text before its bytes come back", () => {
    const made = standIn()
    const json = JSON.stringify({
      schemaVersion: 2,
      note: "note:a",
      bodies: { "note:a": { type: "root", children: [] } },
    })
    const held = made.encoder.encode(json)
    // Nothing answered yet: the bodies are parsed from the text, and the sha1 made here if asked.
    expect(made.answered()).toBe(0)
    expect(held.read()).toEqual(JSON.parse(json))
    expect(held.sha1).toBe(createHash("sha1").update(json).digest("hex"))
    expect(held.bytes().toString("utf8")).toBe(json)
    return made.encoder.settle()
  })
})
