/**
 * The topic bodies of a built graph, kept apart from it (graph.json carries plain text
 * only): in-memory users — tests, the terminal UI with --content — read them here, writers
 * put each note's bodies in a file of its own (write-output.ts).
 */
import type { Graph, NoteBodies } from "@kube-notes/graph"
import type { Root } from "mdast"
import type { GraphSummary } from "./graph-summary.ts"

export interface GraphBodies {
  /** The bodies of one note (its intro and every topic), or undefined for an unknown note. */
  getNoteBodies(noteId: string): NoteBodies | undefined
  /** The body of one note's intro or one topic, or undefined for any other id. */
  getBody(nodeId: string): Root | undefined
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
