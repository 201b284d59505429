/** Shared helpers for core's tests: build graphs from in-memory notes and look things up. */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { createGraphQuery, type Graph, type GraphNode, type NoteBodies } from "@kube-notes/graph"
import { buildGraph } from "../src/pipeline/build-graph.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import { createMemorySource } from "../src/source/types.ts"

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
export const originalNote = readFileSync(`${repoRoot}content/kubernetes-intro-install.md`)
export const glossary = readFileSync(`${repoRoot}content/glossary.yaml`)
/** A stand-in for the diagram: core only checks that the file exists. */
export const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])

/** The graph of in-memory notes, bodies included (see `graphOf`, `bodyJson`). */
export function buildWithBodies(files: Record<string, string | Uint8Array>): Promise<BuiltGraph> {
  return buildGraph(createMemorySource(files))
}

/** The graph of in-memory notes, without the bodies. */
export async function build(files: Record<string, string | Uint8Array>): Promise<Graph> {
  return (await buildWithBodies(files)).graph
}

export function buildOriginalWithBodies(): Promise<BuiltGraph> {
  return buildWithBodies({
    "kubernetes-intro-install.md": originalNote,
    "images/clusterDiagram.PNG": png,
    "glossary.yaml": glossary,
  })
}

export async function buildOriginal(): Promise<Graph> {
  return (await buildOriginalWithBodies()).graph
}

/** A build's graph and every note's bodies in graph order: what two builds must agree on. */
export function withAllBodies(built: BuiltGraph): { graph: Graph; bodies: (NoteBodies | undefined)[] } {
  const notes = built.graph.nodes.filter((node) => node.kind === "note")
  return { graph: built.graph, bodies: notes.map((note) => built.bodies.getNoteBodies(note.id)) }
}

/** One note's or topic's body as JSON text, for looking for marks in it. */
export function bodyJson(built: BuiltGraph, id: string): string {
  return JSON.stringify(built.bodies.getBody(id))
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
