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

export async function createSearcher(graph: Graph): Promise<Searcher> {
  const { createSearchEngine, loadSearchIndex } = await import("@kube-notes/search")
  const content = await import("@kube-notes/content")
  const packaged = await content.loadGraph().catch(() => undefined)
  if (graph === packaged) {
    const index = await content.loadSearchIndexJson().catch(() => undefined)
    if (index) return loadSearchIndex(index, { graph })
  }
  return createSearchEngine(graph)
}
