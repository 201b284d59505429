/**
 * @kube-notes/search: Korean-first search over the kube-notes graph. One index, built with
 * the content, serves the web app (in the browser), the terminal UI and importers.
 */
export type { BuildOptions, TermsMemo } from "./build-index.ts"
export { buildSearchIndex } from "./build-index.ts"
export type { LoadOptions } from "./engine.ts"
export { createSearchEngine, loadSearchIndex, MAX_QUERY_LENGTH } from "./engine.ts"
export type {
  Highlighted,
  Range,
  SearchEngine,
  SearchIndexJson,
  SearchKind,
  SearchOptions,
  SearchResult,
} from "./types.ts"
