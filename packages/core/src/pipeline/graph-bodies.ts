/**
 * The topic bodies of a built graph, kept apart from it (graph.json carries plain text
 * only): in-memory users — tests, the terminal UI with --content — read them here, writers
 * put each note's bodies in a file of its own (write-output.ts).
 */
import { createHash } from "node:crypto"
import type { Graph, NoteBodies } from "@kube-notes/graph"
import type { Root } from "mdast"
import type { GraphSummary } from "./graph-summary.ts"

export interface GraphBodies {
  /** The bodies of one note (its intro and every topic), or undefined for an unknown note. */
  getNoteBodies(noteId: string): NoteBodies | undefined
  /** The body of one note's intro or one topic, or undefined for any other id. */
  getBody(nodeId: string): Root | undefined
  /**
   * One note's bodies as its file holds them (the JSON of `getNoteBodies`, UTF-8) with their
   * sha1, or undefined for an unknown note. Encoded once per bodies object; a restored build
   * knows a kept note's hash without reading its bodies (builder-state.ts), so writers
   * compare hashes first and ask for the bytes only of what they write.
   */
  encodeNoteBodies(noteId: string): EncodedBodies | undefined
}

/** What a build returns: the graph and, apart from it, the bodies of its notes and topics. */
export interface BuiltGraph {
  readonly graph: Graph
  readonly bodies: GraphBodies
  /**
   * Fingerprint of everything the build read, when it came from a folder (see graph-cache.ts):
   * a writer that saw the same one last time knows the bodies on disk are current.
   */
  readonly fingerprint?: string
  /** The graph's counts and diagnostics, when known without reading `graph` (a saved graph's). */
  readonly summary?: GraphSummary
}

export interface EncodedBodies {
  readonly sha1: string
  bytes(): Buffer
}

const encoded = new WeakMap<NoteBodies, EncodedBodies>()

/**
 * A note's bodies encoded for its file, hashed once per bodies object (updates hand kept ones
 * out again). The bytes are held weakly: a whole build's would be as large as the bodies, so
 * when the collector took them they are encoded again.
 */
export function encodeBodies(entry: NoteBodies): EncodedBodies {
  let known = encoded.get(entry)
  if (!known) {
    const first = Buffer.from(JSON.stringify(entry))
    let held = new WeakRef(first)
    known = {
      sha1: createHash("sha1").update(first).digest("hex"),
      bytes() {
        let bytes = held.deref()
        if (!bytes) {
          bytes = Buffer.from(JSON.stringify(entry))
          held = new WeakRef(bytes)
        }
        return bytes
      },
    }
    encoded.set(entry, known)
  }
  return known
}

/**
 * Bodies by note, each read only when asked for: `byNote` runs once, on first use, and maps each
 * note id to its bodies and, when known without them, their encoding.
 */
export function createLazyBodies(
  byNote: () => ReadonlyMap<string, { bodies(): NoteBodies; encoded?: EncodedBodies }>,
): GraphBodies {
  let notes: ReadonlyMap<string, { bodies(): NoteBodies; encoded?: EncodedBodies }> | undefined
  let byNode: Map<string, Root> | undefined
  const note = (noteId: string) => {
    notes ??= byNote()
    return notes.get(noteId)
  }
  return {
    getNoteBodies: (noteId) => note(noteId)?.bodies(),
    getBody(nodeId) {
      // A note's body or its topics' (`topic:<key>#<slug>`, slugs have no `#`) are in its own
      // file: one note's bodies are read, not every note's.
      const hash = nodeId.lastIndexOf("#")
      const owner = nodeId.startsWith("topic:") && hash > 0 ? `note:${nodeId.slice(6, hash)}` : nodeId
      const own = note(owner)?.bodies().bodies
      if (own && Object.hasOwn(own, nodeId)) return own[nodeId]
      if (!byNode) {
        byNode = new Map()
        notes ??= byNote()
        for (const entry of notes.values())
          for (const [id, body] of Object.entries(entry.bodies().bodies)) byNode.set(id, body)
      }
      return byNode.get(nodeId)
    },
    encodeNoteBodies(noteId) {
      const entry = note(noteId)
      return entry && (entry.encoded ?? encodeBodies(entry.bodies()))
    },
  }
}

/** Bodies held in memory, one `NoteBodies` per note; `load` runs once, on first use. */
export function createBodies(load: () => Iterable<NoteBodies>): GraphBodies {
  return createLazyBodies(() => {
    const byNote = new Map<string, { bodies(): NoteBodies }>()
    for (const entry of load()) byNote.set(entry.note, { bodies: () => entry })
    return byNote
  })
}
