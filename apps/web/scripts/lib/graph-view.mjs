// The data behind the graph view: notes, topics and terms, the edges between them, and
// positions from the build-time layout. Ids only: the browser derives URLs (base path).
import { createHash } from "node:crypto"
import { layoutGraph } from "./layout-graph.mjs"

const KINDS = new Set(["note", "topic", "term"])
const EDGE_KINDS = new Set(["contains", "defines", "mentions", "links"])

/**
 * The layout's whole input is the node count and the edges, so its positions are kept under a
 * hash of them (`previous`, from the last build): an edit that changes no link, term or heading
 * reuses them instead of running the force layout again (≈ 2 s of CPU at 1,000 notes).
 * @param {import("@kube-notes/graph").Graph} graph
 * @param {{ key: string, positions: number[] }} [previous]
 */
export function buildGraphViewWithLayout(graph, previous) {
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
    // The pair as one number (below 2^53 for any graph that fits in memory): a string per edge
    // was most of this function's own time.
    const key = a < b ? a * nodes.length + b : b * nodes.length + a
    if (seen.has(key)) continue
    seen.add(key)
    edges.push([a, b])
  }
  const key = createHash("sha256")
    .update(`${nodes.length}\0${JSON.stringify(edges)}`)
    .digest("hex")
  const pos =
    previous?.key === key && previous.positions.length === nodes.length * 2
      ? previous.positions
      : Array.from(layoutGraph(nodes.length, edges))
  const view = {
    nodes: nodes.map((node, i) => ({
      id: node.id,
      kind: node.kind,
      title: node.kind === "topic" && node.number ? `${node.number}. ${node.title}` : node.title,
      x: Math.round((pos[i * 2] ?? 0) * 10) / 10,
      y: Math.round((pos[i * 2 + 1] ?? 0) * 10) / 10,
    })),
    edges,
  }
  return { view, layout: { key, positions: pos } }
}

/** @param {import("@kube-notes/graph").Graph} graph */
export function buildGraphView(graph) {
  return buildGraphViewWithLayout(graph).view
}
