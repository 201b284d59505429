/**
 * The public types of @kube-notes/search. Plain types: safe in Node and in the browser.
 */

/** The graph node kinds that search returns. */
export type SearchKind = "topic" | "term" | "command" | "note"

/** A `[start, end)` range of UTF-16 offsets into a string. */
export type Range = readonly [start: number, end: number]

/** Text with the ranges that matched the query; front ends decide how to render them. */
export interface Highlighted {
  readonly text: string
  readonly highlights: readonly Range[]
}

export interface SearchResult {
  /** The graph node id (`topic:…`, `term:…`, `command:…`, `note:…`). */
  readonly id: string
  readonly kind: SearchKind
  readonly title: string
  /** The title with the ranges that matched. */
  readonly titleHighlights: readonly Range[]
  /**
   * A short passage around the match: a topic's body (when the engine has the graph), a term's
   * aliases and definition, a command's text.
   */
  readonly snippet: Highlighted
  /** Breadcrumb titles from the note down to the place that holds the result (not the result itself). */
  readonly path: readonly string[]
  /** Ids matching `path`, for links. */
  readonly pathIds: readonly string[]
  /** Higher is better; only meaningful for comparing results of one query. */
  readonly score: number
}

export interface SearchOptions {
  /** The most results to return. @default 20 */
  readonly limit?: number
  /** Only results of these kinds. @default every kind */
  readonly kinds?: readonly SearchKind[]
}

export interface SearchEngine {
  /** Ranked results; `[]` for an empty or unusable query. Never throws on any string. */
  search(query: string, options?: SearchOptions): SearchResult[]
  /** How many documents the engine holds. */
  readonly size: number
}

/** Field a token was found in, from weakest to strongest. */
export const FIELD = { body: 0, secondary: 1, alias: 2, title: 3 } as const
export type Field = (typeof FIELD)[keyof typeof FIELD]

/**
 * The serialised index: plain JSON written at content build time (`search-index.json`).
 * Documents are stored compactly; tokens map to delta-encoded postings.
 */
export interface SearchIndexJson {
  readonly format: "kube-notes-search"
  readonly version: 1
  /**
   * Documents, one tuple each: `[kind code, stored id, title, offset to the parent (0 for none), extra]`
   * where the parent is at `index - offset`, `extra` is the aliases joined with `\n` then `\u0001`
   * and the definition (terms only), and the stored id is the id or a pattern (see compact-id.ts).
   */
  readonly docs: readonly (readonly [number, string, string, number, string])[]
  /** Sorted vocabulary of normalised tokens. */
  readonly tokens: readonly string[]
  /** One string per token: postings as base-36 numbers, `(docDelta << 2) | field`, joined by `,`. */
  readonly postings: readonly string[]
  /** Tokens too common in bodies to index there: their postings hold titles, aliases and definitions only. */
  readonly pruned: readonly number[]
}
