// The data behind the graph view: notes, topics and terms, the edges between them, and
// positions from the build-time layout. Ids only: the browser derives URLs (base path).
import { layoutGraph } from "./layout-graph.mjs"

const KINDS = new Set(["note", "topic", "term"])
const EDGE_KINDS = new Set(["contains", "defines", "mentions", "links"])

/** @param {import("@kube-notes/graph").Graph} graph */
export function buildGraphView(graph) {
  const nodes = graph.nodes.filter((node) => KINDS.has(node.kind))
  const index = new Map(nodes.map((node, i) => [node.id, i]))
  const seen = new Set()
  /** @type {Array<[number, number]>} */
  const edges = []
  for (const edge of graph.edges) {
    if (!EDGE_KINDS.has(edge.kind)) continue
    const a = index.get(edge.from)
    const b = index.get(edge.to)
    if (a === undefined || b === undefined || a === b) continue
    const key = a < b ? `${a} ${b}` : `${b} ${a}`
    if (seen.has(key)) continue
    seen.add(key)
    edges.push([a, b])
  }
  const pos = layoutGraph(nodes.length, edges)
  return {
    nodes: nodes.map((node, i) => ({
      id: node.id,
      kind: node.kind,
      title: node.kind === "topic" && node.number ? `${node.number}. ${node.title}` : node.title,
      x: Math.round((pos[i * 2] ?? 0) * 10) / 10,
      y: Math.round((pos[i * 2 + 1] ?? 0) * 10) / 10,
    })),
    edges,
  }
}
