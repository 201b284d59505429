/**
 * graph.json's shape (see graph-file.ts) → the `Graph` every reader uses. Pure: no I/O.
 * It checks the file's structure (a reader must not crash later on a broken file), not every
 * field of every node: that is the schema's job (`validateGraphFile` in @kube-notes/core).
 */
import type { GraphFile, TopicRow } from "./graph-file.ts"
import { getIdKey } from "./ids.ts"
import {
  type EdgeKind,
  type Graph,
  type GraphEdge,
  type GraphNode,
  SCHEMA_VERSION,
  type TopicNode,
} from "./types.ts"

/** Thrown for a value that is not a graph file of this schema; the message says what is wrong. */
export class GraphFileError extends Error {
  override name = "GraphFileError"
}

/** Decodes a parsed graph.json (`JSON.parse` of its text, or the JSON module). */
export function decodeGraph(value: unknown): Graph {
  const file = value as Partial<GraphFile> | null
  if (typeof file !== "object" || file === null) fail("not an object")
  if (file.schemaVersion !== SCHEMA_VERSION)
    fail(`schemaVersion is ${String(file.schemaVersion)}, not ${SCHEMA_VERSION}: build the graph again`)
  const { nodes: rows, edgeKinds, edges: runs, diagnostics } = file
  if (
    !Array.isArray(rows) ||
    !Array.isArray(edgeKinds) ||
    !Array.isArray(runs) ||
    !Array.isArray(diagnostics)
  )
    fail("nodes, edgeKinds, edges and diagnostics must be arrays")
  const danglingIds = file.danglingIds ?? []
  if (!Array.isArray(danglingIds)) fail("danglingIds must be an array")

  // Rows name their note by index, and a note may come after its topics: objects first.
  const nodes: GraphNode[] = new Array(rows.length)
  rows.forEach((row, i) => {
    if (Array.isArray(row)) return
    if (typeof row !== "object" || row === null || typeof row.id !== "string" || typeof row.kind !== "string")
      fail(`nodes[${i}] is neither a node nor a topic row`)
    nodes[i] = row
  })
  rows.forEach((row, i) => {
    if (Array.isArray(row)) nodes[i] = fromRow(row as TopicRow, nodes, i)
  })

  const idAt = (at: unknown, where: number): string => {
    const id =
      typeof at === "number"
        ? at < nodes.length
          ? nodes[at]?.id
          : danglingIds[at - nodes.length]
        : undefined
    if (typeof id !== "string") fail(`edges[${where}] names no node (${String(at)})`)
    return id
  }
  const edges: GraphEdge[] = []
  for (let i = 0; i < runs.length; ) {
    const from = idAt(runs[i], i)
    const kind = edgeKinds[runs[i + 1] as number] as EdgeKind | undefined
    const count = runs[i + 2]
    if (typeof kind !== "string") fail(`edges[${i + 1}] names no edge kind`)
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || i + 3 + count > runs.length)
      fail(`edges[${i + 2}] is not the length of a run`)
    for (let k = i + 3; k < i + 3 + count; k++) edges.push({ from, to: idAt(runs[k], k), kind })
    i += 3 + count
  }
  return { schemaVersion: SCHEMA_VERSION, nodes, edges, diagnostics }
}

function fromRow(row: TopicRow, nodes: readonly GraphNode[], i: number): TopicNode {
  const [note, slug, title, number, depth, level, line, column, endLine, endColumn, text] = row
  const noteNode = nodes[note]
  if (row.length !== 11 || noteNode?.kind !== "note" || typeof slug !== "string")
    fail(`nodes[${i}] is not a topic row of a note`)
  return {
    id: `topic:${getIdKey(noteNode.id)}#${slug}`,
    kind: "topic",
    title,
    note: noteNode.id,
    ...(number === null ? {} : { number }),
    depth,
    level,
    slug,
    position: { start: { line, column }, end: { line: endLine, column: endColumn } },
    text,
  }
}

function fail(why: string): never {
  throw new GraphFileError(`Not a kube-notes graph file (schema ${SCHEMA_VERSION}): ${why}.`)
}
