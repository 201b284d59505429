/** Graphs for tests, each with its bodies: the packaged notes, and small folders built with core. */
import { fileURLToPath } from "node:url"
import { type BuiltGraph, buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import type { LoadedGraph } from "../../src/source/bodies.ts"

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url))

export async function loadPackagedGraph(): Promise<LoadedGraph> {
  const { loadGraph, getTopicBody } = await import("@kube-notes/content")
  return { graph: await loadGraph(), getBody: getTopicBody }
}

export async function buildFixture(name: string): Promise<LoadedGraph> {
  return toLoaded(await buildGraphFromDir(`${FIXTURES}${name}`))
}

export async function buildFromFiles(files: Record<string, string>): Promise<LoadedGraph> {
  return toLoaded(await buildGraph(createMemorySource(files)))
}

function toLoaded(built: BuiltGraph): LoadedGraph {
  return { graph: built.graph, getBody: (id) => built.bodies.getBody(id) }
}
