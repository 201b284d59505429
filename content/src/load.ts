/**
 * Loading the built graph and search index in Node. `../dist/` resolves to the same files
 * from the bundled `dist/index.js` and from the sources during tests.
 * In a bundler, import `@kube-notes/content/graph.json` and pass it to `decodeGraph` instead
 * (the file is compact: topics as rows, edges as node indexes).
 */
import type { Graph, GraphQuery } from "@kube-notes/graph"
import { createGraphQuery, decodeGraph } from "@kube-notes/graph"

async function readJson<T>(name: string): Promise<T> {
  const { readFile } = await import("node:fs/promises")
  return JSON.parse(await readFile(new URL(`../dist/${name}`, import.meta.url), "utf8")) as T
}

let graphPromise: Promise<Graph> | undefined

/** The graph built from the notes in this package (read once, then shared). */
export function loadGraph(): Promise<Graph> {
  graphPromise ??= readJson<unknown>("graph.json").then(decodeGraph)
  return graphPromise
}

/** The graph with the query API over it: `(await openContent()).getTopic(id)`. */
export async function openContent(): Promise<GraphQuery> {
  return createGraphQuery(await loadGraph())
}

/** The serialised search index built with the content (see `@kube-notes/search`). */
export function loadSearchIndexJson(): Promise<unknown> {
  return readJson<unknown>("search-index.json")
}
