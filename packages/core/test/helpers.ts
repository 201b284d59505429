/** Shared helpers for core's tests: build graphs from in-memory notes and look things up. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { createGraphQuery, type Graph, type GraphNode } from "@kube-notes/graph"
import { buildGraph } from "../src/pipeline/build-graph.ts"
import { createMemorySource } from "../src/source/types.ts"

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
export const originalNote = readFileSync(`${repoRoot}content/kubernetes-intro-install.md`)
export const glossary = readFileSync(`${repoRoot}content/glossary.yaml`)
/** A stand-in for the diagram: core only checks that the file exists. */
export const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])

export function build(files: Record<string, string | Uint8Array>): Promise<Graph> {
  return buildGraph(createMemorySource(files))
}

export function buildOriginal(): Promise<Graph> {
  return build({
    "kubernetes-intro-install.md": originalNote,
    "images/clusterDiagram.PNG": png,
    "glossary.yaml": glossary,
  })
}

export function topicsByNumber(graph: Graph): Map<string, GraphNode & { kind: "topic" }> {
  const map = new Map<string, GraphNode & { kind: "topic" }>()
  for (const node of graph.nodes) if (node.kind === "topic" && node.number) map.set(node.number, node)
  return map
}

export function query(graph: Graph) {
  return createGraphQuery(graph)
}

export function edgesOf(graph: Graph, kind: string): string[] {
  return graph.edges.filter((e) => e.kind === kind).map((e) => `${e.from} -> ${e.to}`)
}
