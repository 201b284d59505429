/** Shared helpers: the original note's graph, small in-memory graphs, a fixed clock. */
import { fileURLToPath } from "node:url"
import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"

export const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url))

let original: Promise<Graph> | undefined

/** The graph of the original note plus glossary, built from content/ as the content build does. */
export function loadOriginalGraph(): Promise<Graph> {
  original ??= buildGraphFromDir(contentDir).then((built) => built.graph)
  return original
}

export async function graphFor(files: Record<string, string>): Promise<Graph> {
  return (await buildGraph(createMemorySource(files))).graph
}

/** A clock that starts at a fixed instant and moves only when told. */
export function at(iso: string, plusMinutes = 0): Date {
  return new Date(Date.parse(iso) + plusMinutes * 60_000)
}

export const DAY = 24 * 60
