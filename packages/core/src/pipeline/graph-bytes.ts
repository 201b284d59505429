/**
 * graph.json's bytes for a graph, encoded once: the output folder and the saved graph
 * (graph-cache.ts) hold the same text, and one build writes both.
 */
import { encodeGraph, type Graph, type GraphFile } from "@kube-notes/graph"

const encoded = new WeakMap<Graph, Buffer>()

export function encodeGraphBytes(graph: Graph): Buffer {
  let bytes = encoded.get(graph)
  if (!bytes) {
    const file = encodeGraph(graph)
    bytes = toBytes(() => graphJsonParts(file))
    encoded.set(graph, bytes)
  }
  return bytes
}

/**
 * `JSON.stringify(file)` in pieces, one node at a time: the same text, never held whole as a
 * string. At 5,000 notes that string is tens of MB of UTF-16 in V8's old generation, made
 * while the build's graph and bodies are still held: the cold build's peak memory.
 */
export function* graphJsonParts(file: GraphFile): Generator<string> {
  yield `{"schemaVersion":${JSON.stringify(file.schemaVersion)},"nodes":[`
  let first = true
  for (const node of file.nodes) {
    yield first ? JSON.stringify(node) : `,${JSON.stringify(node)}`
    first = false
  }
  yield `],"edgeKinds":${JSON.stringify(file.edgeKinds)},"edges":${JSON.stringify(file.edges)}`
  if (file.danglingIds !== undefined) yield `,"danglingIds":${JSON.stringify(file.danglingIds)}`
  yield `,"diagnostics":${JSON.stringify(file.diagnostics)}}`
}

/**
 * UTF-8 of the pieces joined, in a buffer of exactly their size: measured in a first pass,
 * written in a second (each piece is small and dies young; as fast as one whole string).
 */
function toBytes(parts: () => Iterable<string>): Buffer {
  let size = 0
  for (const part of parts()) size += Buffer.byteLength(part)
  const bytes = Buffer.allocUnsafe(size)
  let at = 0
  for (const part of parts()) at += bytes.write(part, at)
  return bytes
}
