/**
 * What crosses between the main thread and a worker that keeps the trees of the notes it
 * analysed (worker-pool.ts createTreeWorkers) and builds those notes' fragments itself.
 *
 * - Its analyses come back without their trees (`withoutTrees`): the term and note indexes
 *   need none, and the main thread never parses, holds or collects them.
 * - The build's context goes out as plain data (`packContext`): the term aliases, every
 *   note's link ref (id, path, anchors, names) in reading order, the asset paths.
 * - Each fragment comes back with its bodies already serialised (`packFragment`): the
 *   UTF-8 bytes of the note's bodies file and their sha1, so the writer writes them as they
 *   are; the bodies are parsed on the main thread only if something reads them.
 */
import type { NoteBodies } from "@kube-notes/graph"
import type { Root } from "mdast"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { BuildContext, Fragment } from "../assemble/fragment.ts"
import { createMentionMatcher } from "../assemble/mentions.ts"
import { indexNotes, type NoteRef } from "../assemble/note-index.ts"
import { type EncodedBodies, encodeBodies } from "./encode-bodies.ts"
import { compareReadingOrder } from "./reading-order.ts"

export interface PackedContext {
  /** Folded alias → term id, in the term index's order (the mention matcher's ties follow it). */
  aliases: [string, string][]
  /** Every readable note's link ref, in reading order. */
  refs: { id: string; path: string; anchors: [string, string][]; names: string[] }[]
  assets: string[]
}

export interface PackedFragment {
  fragment: Omit<Fragment, "bodies" | "bodiesFile">
  bytes: Uint8Array
  sha1: string
}

const EMPTY_ROOT: Root = { type: "root", children: [] }

/** The analysis as the main thread gets it from a worker that keeps the trees. */
export function withoutTrees(analysis: NoteAnalysis): NoteAnalysis {
  return {
    ...analysis,
    preamble: EMPTY_ROOT,
    sections: analysis.sections.map((section) => ({ ...section, mdast: EMPTY_ROOT })),
  }
}

export function packContext(context: BuildContext, refs: readonly NoteRef[]): PackedContext {
  return {
    aliases: [...context.termByAlias],
    refs: refs.map((ref) => ({
      id: ref.id,
      path: ref.analysis.path,
      anchors: [...ref.anchors],
      names: ref.names,
    })),
    assets: [...context.assets],
  }
}

/**
 * The context rebuilt in a worker, and the refs of the notes it holds (by path), carrying
 * their whole analyses. Other notes' refs carry only their path: a fragment reads another
 * note's id and anchors, and the index reads its path (it reads more only when refs are
 * replaced, which a one-shot build never does).
 */
export function unpackContext(
  packed: PackedContext,
  held: ReadonlyMap<string, NoteAnalysis>,
): { context: BuildContext; refOf: Map<string, NoteRef> } {
  const refOf = new Map<string, NoteRef>()
  const refs = packed.refs.map((ref) => {
    const analysis = held.get(ref.path) ?? ({ path: ref.path } as NoteAnalysis)
    const unpacked: NoteRef = { id: ref.id, analysis, anchors: new Map(ref.anchors), names: ref.names }
    if (held.has(ref.path)) refOf.set(ref.path, unpacked)
    return unpacked
  })
  const termByAlias = new Map(packed.aliases)
  return {
    context: {
      matcher: createMentionMatcher(termByAlias),
      termByAlias,
      notes: indexNotes(refs, compareReadingOrder),
      assets: new Set(packed.assets),
    },
    refOf,
  }
}

/** In the worker: the fragment to post, its bodies serialised (post `bytes.buffer` as transferred). */
export function packFragment(fragment: Fragment): PackedFragment {
  const { bodies, bodiesFile, ...rest } = fragment
  const encoded = bodiesFile ?? encodeBodies(bodies)
  return { fragment: rest, bytes: encoded.bytes, sha1: encoded.sha1 }
}

/** On the main thread: the fragment, its bodies parsed from the file's bytes on first read. */
export function unpackFragment(packed: PackedFragment): Fragment {
  const bodiesFile: EncodedBodies = { bytes: packed.bytes, sha1: packed.sha1 }
  const fragment = { ...packed.fragment, bodiesFile } as Fragment
  let bodies: NoteBodies | undefined
  Object.defineProperty(fragment, "bodies", {
    enumerable: true,
    get: () => {
      bodies ??= JSON.parse(new TextDecoder().decode(bodiesFile.bytes)) as NoteBodies
      return bodies
    },
  })
  return fragment
}
