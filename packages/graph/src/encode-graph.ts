/** `Graph` → graph.json's shape (see graph-file.ts). Pure: no I/O, runs anywhere. */
import type { GraphFile, TopicRow } from "./graph-file.ts"
import { getIdKey } from "./ids.ts"
import type { EdgeKind, Graph, GraphNode, Span, TopicNode } from "./types.ts"

export function encodeGraph(graph: Graph): GraphFile {
  const index = new Map<string, number>()
  graph.nodes.forEach((node, i) => {
    // The first node of an id wins, as in the query API; a valid graph has no duplicates.
    if (!index.has(node.id)) index.set(node.id, i)
  })
  const nodes = graph.nodes.map((node) =>
    node.kind === "topic" ? (toRow(node, graph.nodes, index) ?? node) : node,
  )

  const edgeKinds: EdgeKind[] = []
  const kindIndex = new Map<EdgeKind, number>()
  const danglingIds: string[] = []
  const indexOf = (id: string): number => {
    let at = index.get(id)
    if (at === undefined) {
      at = graph.nodes.length + danglingIds.push(id) - 1
      index.set(id, at)
    }
    return at
  }
  const edges: number[] = []
  let countAt = -1
  let runFrom = ""
  let runKind: EdgeKind | undefined
  for (const edge of graph.edges) {
    if (countAt >= 0 && edge.from === runFrom && edge.kind === runKind) {
      edges[countAt] = (edges[countAt] as number) + 1
    } else {
      let kind = kindIndex.get(edge.kind)
      if (kind === undefined) {
        kind = edgeKinds.push(edge.kind) - 1
        kindIndex.set(edge.kind, kind)
      }
      edges.push(indexOf(edge.from), kind, 1)
      countAt = edges.length - 1
      runFrom = edge.from
      runKind = edge.kind
    }
    edges.push(indexOf(edge.to))
  }
  return {
    schemaVersion: graph.schemaVersion,
    nodes,
    edgeKinds,
    edges,
    ...(danglingIds.length > 0 ? { danglingIds } : {}),
    diagnostics: graph.diagnostics,
  }
}

const TOPIC_KEYS = new Set([
  "id",
  "kind",
  "title",
  "note",
  "number",
  "depth",
  "level",
  "slug",
  "position",
  "text",
])

/** The topic as a row, or undefined when a row would not decode to exactly this topic. */
function toRow(
  topic: TopicNode,
  nodes: readonly GraphNode[],
  index: ReadonlyMap<string, number>,
): TopicRow | undefined {
  const note = index.get(topic.note)
  if (note === undefined || nodes[note]?.kind !== "note") return undefined
  if (topic.id !== `topic:${getIdKey(topic.note)}#${topic.slug}`) return undefined
  if (Object.keys(topic).some((key) => !TOPIC_KEYS.has(key))) return undefined
  if (!isPlainSpan(topic.position)) return undefined
  const { start, end } = topic.position
  return [
    note,
    topic.slug,
    topic.title,
    topic.number ?? null,
    topic.depth,
    topic.level,
    start.line,
    start.column,
    end.line,
    end.column,
    topic.text,
  ]
}

/** `{ start: { line, column }, end: { line, column } }` and nothing more (no offsets). */
function isPlainSpan(span: Span): boolean {
  return (
    Object.keys(span).length === 2 &&
    Object.keys(span.start).length === 2 &&
    Object.keys(span.end).length === 2
  )
}
