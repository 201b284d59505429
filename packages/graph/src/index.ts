export { BODIES_DIR, getBodyFileName } from "./body-file.ts"
export { decodeGraph, GraphFileError } from "./decode-graph.ts"
export { encodeGraph } from "./encode-graph.ts"
export type { FirstScreenFile } from "./first-screen.ts"
export {
  FIRST_SCREEN_FILE,
  FIRST_SCREEN_FORMAT,
  FULLY_OPEN_NOTES,
  firstInReadingOrder,
  selectFirstScreen,
} from "./first-screen.ts"
export type { GraphFile, TopicRow } from "./graph-file.ts"
export type { NodeId } from "./ids.ts"
export { foldName, getIdKey, getIdKind, isIdOfKind, makeId } from "./ids.ts"
export { getCodeLanguage } from "./languages.ts"
export type { CommandMention, TermMention } from "./mdast-nodes.ts"
export { getMdastText } from "./mdast-text.ts"
export type { CommandOptionGroup } from "./option-groups.ts"
export { groupCommandOptions } from "./option-groups.ts"
export type { Direction, GraphQuery, NeighbourOptions } from "./query.ts"
export { createGraphQuery } from "./query.ts"
export type {
  AssetNode,
  CommandNode,
  CommandOption,
  Diagnostic,
  EdgeKind,
  Graph,
  GraphEdge,
  GraphNode,
  NodeKind,
  NodeOfKind,
  NoteBodies,
  NoteNode,
  Point,
  ResourceNode,
  Severity,
  Span,
  TermDescription,
  TermNode,
  TopicNode,
} from "./types.ts"
export { SCHEMA_VERSION } from "./types.ts"
