/**
 * What `kube-notes build` prints of a graph: node counts by kind, the edge count and the
 * diagnostics. The saved graph keeps it on a line of its own (graph-cache.ts), so a warm build
 * of an unchanged folder prints it without parsing the graph.
 */
import type { Diagnostic, Graph, NodeKind } from "@kube-notes/graph"

export interface GraphSummary {
  readonly nodes: Partial<Record<NodeKind, number>>
  readonly edges: number
  readonly diagnostics: readonly Diagnostic[]
}

export function summarizeGraph(graph: Graph): GraphSummary {
  const nodes: Partial<Record<NodeKind, number>> = {}
  for (const node of graph.nodes) nodes[node.kind] = (nodes[node.kind] ?? 0) + 1
  return { nodes, edges: graph.edges.length, diagnostics: graph.diagnostics }
}
