/**
 * Search for the CLI and the TUI. Uses @kube-notes/search (the Korean-aware index the web
 * also uses); while that package is not built, a plain substring search over titles,
 * aliases and definitions keeps `search` and `/` working.
 */
import type { Graph, NodeKind } from "@kube-notes/graph"
import { foldName } from "@kube-notes/graph"

export interface SearchHit {
  readonly id: string
  readonly kind: NodeKind
  readonly title: string
  readonly snippet: { readonly text: string; readonly highlights: readonly (readonly [number, number])[] }
  readonly path?: string
  readonly score: number
}

export interface SearchOptions {
  readonly limit?: number
  readonly kinds?: readonly NodeKind[]
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchHit[]
  /** "search" when @kube-notes/search answered, "substring" for the fallback. */
  readonly engine: "search" | "substring"
}

interface SearchModule {
  createSearchEngine?: (graph: Graph) => { search(query: string, options?: SearchOptions): SearchHit[] }
}

export async function createSearcher(graph: Graph): Promise<Searcher> {
  const mod = (await import("@kube-notes/search").catch(() => undefined)) as SearchModule | undefined
  if (typeof mod?.createSearchEngine === "function") {
    const engine = mod.createSearchEngine(graph)
    return { engine: "search", search: (query, options) => engine.search(query, options) }
  }
  return createSubstringSearcher(graph)
}

export function createSubstringSearcher(graph: Graph): Searcher {
  const entries = graph.nodes
    .filter((node) => node.kind !== "asset")
    .map((node) => {
      const extra =
        node.kind === "term" ? [...node.aliases, node.definition] : node.kind === "command" ? [node.text] : []
      return { node, names: [node.title, ...extra].map(foldName) }
    })
  return {
    engine: "substring",
    search(query, options = {}) {
      const q = foldName(query)
      if (q === "") return []
      const kinds = options.kinds ? new Set(options.kinds) : undefined
      const hits: SearchHit[] = []
      for (const { node, names } of entries) {
        if (kinds && !kinds.has(node.kind)) continue
        const index = names.findIndex((name) => name.includes(q))
        if (index === -1) continue
        const text = index === 0 ? node.title : (names[index] ?? "")
        const at = foldName(text).indexOf(q)
        hits.push({
          id: node.id,
          kind: node.kind,
          title: node.title,
          snippet: { text, highlights: at >= 0 ? [[at, at + q.length]] : [] },
          score: (index === 0 ? 2 : 1) + (names[0] === q ? 2 : 0),
        })
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10)
    },
  }
}
