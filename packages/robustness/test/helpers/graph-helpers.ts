/** Small lookups over a built graph, for readable assertions. */
import type { BuiltGraph } from "@kube-notes/core"
import type { Graph, GraphNode, NoteBodies } from "@kube-notes/graph"

/** A build's graph and every note's bodies (kept apart from the graph), for comparing builds. */
export function withBodies(built: BuiltGraph): { graph: Graph; bodies: (NoteBodies | undefined)[] } {
  const notes = built.graph.nodes.filter((node) => node.kind === "note")
  return { graph: built.graph, bodies: notes.map((note) => built.bodies.getNoteBodies(note.id)) }
}

export function rulesOf(graph: Graph, file: string): string[] {
  return graph.diagnostics.filter((d) => d.file === file).map((d) => `${d.severity} ${d.rule}`)
}

export function nodesOf<K extends GraphNode["kind"]>(
  graph: Graph,
  kind: K,
): Extract<GraphNode, { kind: K }>[] {
  return graph.nodes.filter((node): node is Extract<GraphNode, { kind: K }> => node.kind === kind)
}

export function noteOf(graph: Graph, path: string): Extract<GraphNode, { kind: "note" }> | undefined {
  return nodesOf(graph, "note").find((note) => note.path === path)
}

/** Files under a folder prefix, from a path → content map. */
export function pick<T>(files: Record<string, T>, prefix: string): Record<string, T> {
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(prefix)))
}
