/** Where reading starts, without building the whole reading order. */
import type { GraphNode, GraphQuery } from "@kube-notes/graph"

/**
 * The same node as `query.getReadingOrder()[0]`: the first node, in graph order, that begins
 * a chain of `next` edges. getReadingOrder walks every edge and every chain (40–80 ms of the
 * first frame at 1,000 notes); this stops at the first node that qualifies.
 */
export function firstInReadingOrder(query: GraphQuery): GraphNode | undefined {
  for (const node of query.graph.nodes) {
    if (query.getEdges(node.id, "in").some((edge) => edge.kind === "next")) continue
    if (query.getEdges(node.id, "out").some((edge) => edge.kind === "next")) return node
  }
  return undefined
}
