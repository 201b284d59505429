/**
 * Search for the CLI and the reader: @kube-notes/search, the Korean-aware engine the site and
 * importers use too. The packaged notes ship the index built with them (search-index.json);
 * a folder (--content) or a graph file (--graph) gets an index built from its graph here.
 */
import type { Graph } from "@kube-notes/graph"
import { createSearchEngine, loadSearchIndex, type SearchEngine, type SearchResult } from "@kube-notes/search"

export type Searcher = SearchEngine
export type SearchHit = SearchResult

export async function createSearcher(graph: Graph): Promise<Searcher> {
  const content = await import("@kube-notes/content")
  const packaged = await content.loadGraph().catch(() => undefined)
  if (graph === packaged) {
    const index = await content.loadSearchIndexJson().catch(() => undefined)
    if (index) return loadSearchIndex(index, { graph })
  }
  return createSearchEngine(graph)
}
