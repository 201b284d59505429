/**
 * @kube-notes/content: the notes as a typed topic graph, with a small query API.
 * No unified, no React: only plain data and functions over it.
 */
export type {
  AssetNode,
  CommandMention,
  CommandNode,
  CommandOption,
  Diagnostic,
  Direction,
  EdgeKind,
  Graph,
  GraphEdge,
  GraphFile,
  GraphNode,
  GraphQuery,
  NeighbourOptions,
  NodeId,
  NodeKind,
  NodeOfKind,
  NoteBodies,
  NoteNode,
  Point,
  ResourceNode,
  Severity,
  Span,
  TermMention,
  TermNode,
  TopicNode,
  TopicRow,
} from "@kube-notes/graph"
export {
  BODIES_DIR,
  createGraphQuery,
  decodeGraph,
  encodeGraph,
  foldName,
  GraphFileError,
  getBodyFileName,
  getIdKey,
  getIdKind,
  isIdOfKind,
  makeId,
  SCHEMA_VERSION,
} from "@kube-notes/graph"
export type {
  Highlighted,
  LoadOptions,
  Range,
  SearchEngine,
  SearchIndexJson,
  SearchKind,
  SearchOptions,
  SearchResult,
} from "@kube-notes/search"
export { createSearchEngine, loadSearchIndex, MAX_QUERY_LENGTH } from "@kube-notes/search"
// The study deck alone: `@kube-notes/study/deck` keeps the scheduler (ts-fsrs) out of this bundle.
export type { Card, CardType } from "@kube-notes/study/deck"
export { checkTypedAnswer, choseongHint, createDeck } from "@kube-notes/study/deck"
export type { BodyFetcher } from "./bodies.ts"
export { createBodyFetcher, getBodyNoteId, getTopicBody, loadNoteBodies } from "./bodies.ts"
export { loadGraph, loadSearchIndexJson, openContent } from "./load.ts"
