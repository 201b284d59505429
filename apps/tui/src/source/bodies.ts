/**
 * Topic bodies for the reader and `show`, read when a page is opened: the graph (schema 2)
 * carries plain text only, and each note's mdast sits in a file of its own beside graph.json
 * (`bodies/<file>.json`), or in core's memory after a live build (--content).
 */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { type Graph, getBodyFileName, getIdKind, type NoteBodies } from "@kube-notes/graph"
import type { Root } from "mdast"

/** The body of a note's intro or of a topic; undefined for other nodes or a missing file. */
export type GetBody = (id: string) => Root | undefined

/** A graph and where its bodies come from. */
export interface LoadedGraph {
  readonly graph: Graph
  readonly getBody: GetBody
}

/**
 * Bodies from the `bodies/` folder beside a graph.json, one note's file at a time (kept once
 * read). A missing or damaged file gives no body: the page still shows its title and links.
 */
export function createFileBodies(graphFile: string, graph: Graph): GetBody {
  const folder = dirname(graphFile)
  // Built on the first topic asked for, not at load: the first page is often a note, and a
  // walk over every node (≈10,000 at 1,000 notes) is time the first frame need not wait for.
  let noteOf: Map<string, string> | undefined
  const noteOfTopic = (id: string) => {
    if (!noteOf) {
      noteOf = new Map()
      for (const node of graph.nodes) if (node.kind === "topic") noteOf.set(node.id, node.note)
    }
    return noteOf.get(id)
  }
  const read = new Map<string, NoteBodies | undefined>()
  return (id) => {
    const noteId = getIdKind(id) === "note" ? id : noteOfTopic(id)
    if (!noteId) return undefined
    if (!read.has(noteId)) read.set(noteId, readNoteBodies(join(folder, getBodyFileName(noteId))))
    return read.get(noteId)?.bodies[id]
  }
}

function readNoteBodies(file: string): NoteBodies | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as NoteBodies
    return value && typeof value.bodies === "object" ? value : undefined
  } catch {
    return undefined
  }
}
