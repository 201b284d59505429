/** Graphs for tests: the packaged notes, and small folders built with core. */
import { fileURLToPath } from "node:url"
import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url))

export async function loadPackagedGraph(): Promise<Graph> {
  const { loadGraph } = await import("@kube-notes/content")
  return loadGraph()
}

export function buildFixture(name: string): Promise<Graph> {
  return buildGraphFromDir(`${FIXTURES}${name}`)
}

export function buildFromFiles(files: Record<string, string>): Promise<Graph> {
  return buildGraph(createMemorySource(files))
}
