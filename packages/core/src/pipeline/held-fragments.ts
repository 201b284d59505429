/**
 * Fragments built in the thread that parsed their notes (a one-shot build without a cache,
 * worker-pool.ts): a worker keeps the full analyses it made, compact (held-analyses.ts), and
 * sends back only what a snapshot keeps of them (no mdast: less text to make and parse, fewer trees for this
 * thread's collector). Once the builder knows the term and note indexes, it sends each worker
 * their plain data (`plainContext`), the worker builds its notes' fragments with them
 * (`buildHeldFragments`) while this thread builds its own, and replies with the fragments as
 * the builder's state writes them and their bodies already encoded for their files, in one
 * transferred buffer (`readHeldFragments`).
 */
import { createHash } from "node:crypto"
import type { NoteBodies } from "@kube-notes/graph"
import type { NoteAnalysis } from "../analyze/types.ts"
import { type BuildContext, buildFragment, type Fragment } from "../assemble/fragment.ts"
import { createMentionMatcher } from "../assemble/mentions.ts"
import { createNoteRef, indexNotes, type NoteRef } from "../assemble/note-index.ts"
import { type FragmentJson, fragmentJson, toFragment } from "./builder-state.ts"
import type { EncodedBodies } from "./graph-bodies.ts"
import { encodedBodiesOf } from "./held-bodies.ts"

/** What `buildFragment`'s context is made of, as plain data a message can carry. */
export interface PlainContext {
  readonly byAlias: readonly (readonly [string, string])[]
  /** Every note's ref in the index's order: id, path, folded names, anchors. */
  readonly notes: readonly (readonly [
    string,
    string,
    readonly string[],
    readonly (readonly [string, string])[],
  ])[]
  readonly assets: readonly string[]
}

/** A worker's fragments: their text (`fragmentJson`, by index) and their bodies' bytes, end to end. */
export interface HeldFragmentsReply {
  readonly json: string
  readonly bytes: Uint8Array
  /** Each fragment's bodies' length in `bytes` and sha1, in the order of `json`'s array. */
  readonly bodies: readonly (readonly [number, string])[]
}

export function plainContext(
  byAlias: ReadonlyMap<string, string>,
  refs: Iterable<NoteRef>,
  assets: ReadonlySet<string>,
): PlainContext {
  return {
    byAlias: [...byAlias],
    notes: [...refs].map((ref) => [ref.id, ref.analysis.path, ref.names, [...ref.anchors]]),
    assets: [...assets],
  }
}

/**
 * The context back from its plain data. Another note's ref is only asked for its id, path,
 * names and anchors (fragment.ts), so its analysis holds only its path here.
 */
export function contextFromPlain(plain: PlainContext): BuildContext {
  const refs: NoteRef[] = plain.notes.map(([id, path, names, anchors]) => ({
    id,
    analysis: { path } as NoteAnalysis,
    names: [...names],
    anchors: new Map(anchors),
  }))
  const byAlias = new Map(plain.byAlias)
  return {
    matcher: createMentionMatcher(byAlias),
    termByAlias: byAlias,
    // Built once, never updated: the order `compare` would keep is the refs' own.
    notes: indexNotes(refs, () => 0),
    assets: new Set(plain.assets),
  }
}

/** A fragment built in another thread, its bodies known as their file's bytes. */
export interface HeldFragment {
  readonly fragment: Fragment
  readonly encoded: EncodedBodies & { read(): NoteBodies }
}

/** Fragments a worker sends at a time: it never holds all of its notes' fragments at once. */
export const FRAGMENTS_PER_REPLY = 64

/**
 * Builds the fragments of held notes (`keys`: each note's analysis, read when its turn comes,
 * and its key) and yields them `perReply` at a time: one note's tree at a time is alive,
 * gone once its bodies are encoded, and each reply's text and bytes go once it is sent.
 */
export function* buildHeldFragments(
  plain: PlainContext,
  keys: readonly (readonly [() => NoteAnalysis, string])[],
  perReply = FRAGMENTS_PER_REPLY,
): Generator<HeldFragmentsReply> {
  const context = contextFromPlain(plain)
  for (let from = 0; from < keys.length; from += perReply)
    yield buildReply(context, keys.slice(from, from + perReply))
}

function buildReply(
  context: BuildContext,
  keys: readonly (readonly [() => NoteAnalysis, string])[],
): HeldFragmentsReply {
  const jsons: string[] = []
  const parts: Buffer[] = []
  const bodies: [number, string][] = []
  let length = 0
  for (const [analysisOf, key] of keys) {
    const fragment = buildFragment(createNoteRef(key, analysisOf()), context)
    const bytes = Buffer.from(JSON.stringify(fragment.bodies))
    const sha1 = createHash("sha1").update(bytes).digest("hex")
    jsons.push(JSON.stringify(fragmentJson({ key, value: fragment, bodies: { sha1, bytes: () => bytes } })))
    parts.push(bytes)
    bodies.push([bytes.length, sha1])
    length += bytes.length
  }
  // A buffer of its own (not Node's shared pool), so it can be transferred, not copied.
  const all = new Uint8Array(new ArrayBuffer(length))
  let at = 0
  for (const part of parts) {
    all.set(part, at)
    at += part.length
  }
  return { json: `[${jsons.join(",")}]`, bytes: all, bodies }
}

/** The fragments of a reply, in its order, each with its bodies known as their bytes. */
export function readHeldFragments(reply: HeldFragmentsReply): HeldFragment[] {
  const jsons = JSON.parse(reply.json) as FragmentJson[]
  const all = Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength)
  let at = 0
  return jsons.map((json, i) => {
    const [length, sha1] = reply.bodies[i] as [number, string]
    const encoded = encodedBodiesOf(all.subarray(at, at + length), sha1)
    at += length
    return { fragment: toFragment(json, encoded), encoded }
  })
}
