/**
 * The topic bodies of a built graph, kept apart from it (graph.json carries plain text
 * only): in-memory users — tests, the terminal UI with --content — read them here, writers
 * put each note's bodies in a file of its own (write-output.ts).
 */
import type { Graph, NoteBodies } from "@kube-notes/graph"
import type { Root } from "mdast"
import type { Fragment } from "../assemble/fragment.ts"
import type { GraphSummary } from "./graph-summary.ts"

export interface GraphBodies {
  /** The bodies of one note (its intro and every topic), or undefined for an unknown note. */
  getNoteBodies(noteId: string): NoteBodies | undefined
  /** The body of one note's intro or one topic, or undefined for any other id. */
  getBody(nodeId: string): Root | undefined
  /**
   * The note's bodies file (UTF-8 JSON of `getNoteBodies`) and its sha1, when it was made
   * already (by a worker); a writer takes it as it is, and the bodies are never parsed here.
   */
  getNoteBodiesFile?(noteId: string): { readonly bytes: Uint8Array; readonly sha1: string } | undefined
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

/** Bodies held in memory, one `NoteBodies` per note; `load` runs once, on first use. */
export function createBodies(load: () => Iterable<NoteBodies>): GraphBodies {
  let byNote: Map<string, NoteBodies> | undefined
  let byNode: Map<string, Root> | undefined
  const notes = () => {
    if (!byNote) {
      byNote = new Map()
      for (const entry of load()) byNote.set(entry.note, entry)
    }
    return byNote
  }
  return {
    getNoteBodies: (noteId) => notes().get(noteId),
    getBody(nodeId) {
      if (!byNode) {
        byNode = new Map()
        for (const entry of notes().values())
          for (const [id, body] of Object.entries(entry.bodies)) byNode.set(id, body)
      }
      return byNode.get(nodeId)
    },
  }
}

/**
 * The bodies of a build's fragments, found by note or node id without reading them: a
 * fragment built in a worker holds its bodies as a file's bytes, parsed only when read.
 */
export function createFragmentBodies(fragments: readonly Fragment[]): GraphBodies {
  let byNote: Map<string, Fragment> | undefined
  let byNode: Map<string, Fragment> | undefined
  const notes = () => {
    if (!byNote) {
      byNote = new Map()
      // A fragment's first node is its note; its bodies are keyed by the ids of all its nodes.
      for (const fragment of fragments) {
        const note = fragment.nodes[0]
        if (note) byNote.set(note.id, fragment)
      }
    }
    return byNote
  }
  return {
    getNoteBodies: (noteId) => notes().get(noteId)?.bodies,
    getNoteBodiesFile: (noteId) => notes().get(noteId)?.bodiesFile,
    getBody(nodeId) {
      if (!byNode) {
        byNode = new Map()
        for (const fragment of fragments) for (const node of fragment.nodes) byNode.set(node.id, fragment)
      }
      return byNode.get(nodeId)?.bodies.bodies[nodeId]
    },
  }
}
