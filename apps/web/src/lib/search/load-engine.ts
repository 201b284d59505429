/**
 * Loads search in the browser only when the search box first opens: the engine's code
 * (a separate chunk) and the index JSON emitted by the build (`/search-index.json`).
 */
import type { SearchEngine } from "@kube-notes/search"
import { withBase } from "../urls.ts"

let engine: Promise<SearchEngine | undefined> | undefined

export function loadEngine(): Promise<SearchEngine | undefined> {
  engine ??= Promise.all([
    import("@kube-notes/search"),
    fetch(withBase("/search-index.json")).then((response) => (response.ok ? response.json() : null)),
  ]).then(([search, json]) => (json ? search.loadSearchIndex(json) : undefined))
  engine.catch(() => {
    engine = undefined
  })
  return engine
}
