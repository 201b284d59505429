/** Shared helpers: the real notes' graph, small in-memory graphs, and result lookups. */
import { fileURLToPath } from "node:url"
import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"
import { createSearchEngine } from "../src/index.ts"
import type { SearchEngine, SearchOptions } from "../src/types.ts"

export const contentDir = fileURLToPath(new URL("../../../content/", import.meta.url))

let original: Promise<Graph> | undefined

/** The graph of the original note plus glossary, built from content/ (as the content build does). */
export function loadOriginalGraph(): Promise<Graph> {
  original ??= buildGraphFromDir(contentDir).then((built) => built.graph)
  return original
}

export async function originalEngine(): Promise<SearchEngine> {
  return createSearchEngine(await loadOriginalGraph())
}

export async function engineFor(files: Record<string, string>): Promise<SearchEngine> {
  return createSearchEngine((await buildGraph(createMemorySource(files))).graph)
}

/** Ids of the results, best first. */
export function ids(engine: SearchEngine, query: string, options?: SearchOptions): string[] {
  return engine.search(query, options).map((result) => result.id)
}

/** 1-based rank of `id` in the results, or Infinity. */
export function rankOf(engine: SearchEngine, query: string, id: string, options?: SearchOptions): number {
  const index = ids(engine, query, options).indexOf(id)
  return index === -1 ? Number.POSITIVE_INFINITY : index + 1
}
