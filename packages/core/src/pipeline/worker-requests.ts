/**
 * What an analysis worker does with each request (analyze-worker.ts is the thread around it):
 * analyse a batch and reply with the analyses as JSON text — without their trees when it is
 * to keep them (`keep`) — or build the fragments of notes it kept, under the build's context,
 * with their bodies serialised (remote-fragments.ts). Analyses are plain JSON data (front
 * matter is made JSON-safe when read), and JSON.parse rebuilds their many small objects
 * faster than the structured clone does, on the thread that also assembles the graph.
 */
import { analyzeNote } from "../analyze/analyze-note.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { buildFragment } from "../assemble/fragment.ts"
import type { SourceFile } from "../source/types.ts"
import {
  type PackedContext,
  type PackedFragment,
  packFragment,
  unpackContext,
  withoutTrees,
} from "./remote-fragments.ts"

export type WorkerRequest =
  | { type: "analyze"; id: number; files: SourceFile[]; keep: boolean }
  | { type: "fragments"; id: number; context: PackedContext; notes: { path: string }[] }

/**
 * A kept analysis, as UTF-8 JSON outside the heap until its fragment is built: the parser's
 * trees take about 1.5× the memory of the same trees made by JSON.parse (arrays grown by push
 * keep spare room), and a heap that holds them grows and is collected as a whole.
 */
export type HeldAnalysis = Uint8Array

function keepAnalysis(analysis: NoteAnalysis): HeldAnalysis {
  return new TextEncoder().encode(JSON.stringify(analysis))
}

/** The kept analyses of `notes`, parsed again. */
function readHeld(held: ReadonlyMap<string, HeldAnalysis>, notes: readonly { path: string }[]) {
  const decoder = new TextDecoder()
  const analyses = new Map<string, NoteAnalysis>()
  for (const { path } of notes) {
    const bytes = held.get(path)
    if (bytes) analyses.set(path, JSON.parse(decoder.decode(bytes)) as NoteAnalysis)
  }
  return analyses
}

export type WorkerReply = { id: number; json: string } | { id: number; fragments: PackedFragment[] }

/**
 * Answers one request; `held` is the worker's store of kept analyses by path (a note's
 * analysis leaves it once its fragment is built). `transfer`: buffers to post as moved.
 */
export function answerRequest(
  held: Map<string, HeldAnalysis>,
  request: WorkerRequest,
): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (request.type === "analyze") {
    const analyses = request.files.map(analyzeNote)
    if (!request.keep) return { reply: { id: request.id, json: JSON.stringify(analyses) }, transfer: [] }
    for (const analysis of analyses) held.set(analysis.path, keepAnalysis(analysis))
    return { reply: { id: request.id, json: JSON.stringify(analyses.map(withoutTrees)) }, transfer: [] }
  }
  const { context, refOf } = unpackContext(request.context, readHeld(held, request.notes))
  const fragments = request.notes.map(({ path }) => {
    const ref = refOf.get(path)
    if (!ref) throw new Error(`no kept analysis of ${path} in this worker`)
    return packFragment(buildFragment(ref, context))
  })
  for (const { path } of request.notes) held.delete(path)
  return {
    reply: { id: request.id, fragments },
    transfer: fragments.map((fragment) => fragment.bytes.buffer as ArrayBuffer),
  }
}
