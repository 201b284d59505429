/**
 * Search for the CLI and the reader: @kube-notes/search, the Korean-aware engine the site and
 * importers use too. The packaged notes ship the index built with them (search-index.json);
 * a folder (--content) or a graph file (--graph) gets an index built from its graph here.
 * The engine (18 modules and es-hangul) is imported on the first search, not with the reader.
 */
import type { Graph } from "@kube-notes/graph"
import type { SearchEngine, SearchResult } from "@kube-notes/search"

export type Searcher = SearchEngine
export type SearchHit = SearchResult

/**
 * Graphs read from the packaged notes' own graph.json (the reader reads it as a file, without
 * @kube-notes/content's module: see loadGraphForReader): their search index is the packaged one.
 */
const packagedGraphs = new WeakSet<Graph>()

export function markPackagedGraph(graph: Graph): void {
  packagedGraphs.add(graph)
}

export async function createSearcher(graph: Graph): Promise<Searcher> {
  const { createSearchEngine, loadSearchIndex } = await import("@kube-notes/search")
  const content = await import("@kube-notes/content")
  const packaged = packagedGraphs.has(graph) ? graph : await content.loadGraph().catch(() => undefined)
  if (graph === packaged) {
    const index = await content.loadSearchIndexJson().catch(() => undefined)
    if (index) return loadSearchIndex(index, { graph })
  }
  return createSearchEngine(graph)
}
