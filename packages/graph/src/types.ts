/**
 * The public shape of the kube-notes topic graph (graph.json).
 * This module is plain types: it runs nowhere and costs nothing in a bundle.
 * The zod schema in @kube-notes/core mirrors it, and a type test keeps the two equal.
 */
import type { Root } from "mdast"

export const SCHEMA_VERSION = 2 as const

export type NodeKind = "note" | "topic" | "term" | "command" | "resource" | "asset"
export type EdgeKind = "contains" | "defines" | "mentions" | "uses" | "cites" | "shows" | "links" | "next"
export type Severity = "error" | "warning" | "info"

/** A place in a note: 1-based line and column, as unist positions are. */
export interface Point {
  line: number
  column: number
}

export interface Span {
  start: Point
  end: Point
}

interface NodeBase {
  /** Stable, readable id: `kind:` prefix, Korean kept, NFC-normalised. */
  id: string
  title: string
}

export interface NoteNode extends NodeBase {
  kind: "note"
  /** Path inside the content folder, posix separators, NFC. */
  path: string
  /** Front matter as written (YAML mapping), `{}` when absent or malformed. */
  frontmatter: Record<string, unknown>
  /**
   * Plain text of the content between the title and the first topic heading (may be empty),
   * for search and previews. Its mdast is in the note's bodies file (see NoteBodies).
   */
  text: string
}

export interface TopicNode extends NodeBase {
  kind: "topic"
  /** Id of the note the topic belongs to. */
  note: string
  /** Heading number as written, normalised to dashes: "1", "1-1", "2-1". */
  number?: string
  /** Markdown heading depth (1–6) as written. */
  depth: number
  /** Nesting level in the topic tree: 1 for a top-level topic. */
  level: number
  /** Anchor slug, unique inside its note (GitHub style, Korean kept). */
  slug: string
  /** Where the heading stands in the note. */
  position: Span
  /**
   * Plain text of the section's body up to the next heading, one block per line, for search
   * and previews. Its mdast is in the note's bodies file (see NoteBodies).
   */
  text: string
}

export interface TermNode extends NodeBase {
  kind: "term"
  /** Every other name the term goes by (transliterations, expansions, case variants). */
  aliases: string[]
  /** Definition text, `""` when no note or glossary entry defines it. */
  definition: string
  /** Where the definition came from. */
  source: "note" | "glossary" | "both" | "mention"
  /**
   * Sentences of the notes that describe the term ("**Kubelet**은 … 에이전트고"), in reading
   * order, after the main `definition`; `[]` when none does. Added in schema 2.
   */
  descriptions: TermDescription[]
}

/** A sentence (clause) whose subject is a term: "X은/는 … 이다/고/임/함/입니다". */
export interface TermDescription {
  /** The clause as written, from the term's name to its predicate. */
  text: string
  /** The note it was written in. */
  note: string
  /** The topic it was written in; absent for a note's text before its first topic. */
  topic?: string
  /** Where the clause is in the note. */
  position: Span
}

export interface CommandNode extends NodeBase {
  kind: "command"
  /** The command line as it would be typed. */
  text: string
  /** First word that names the program: kubectl, minikube, docker… */
  tool: string
  /** Shell when known from a fence's language (powershell, bash). Present only when there is exactly one. */
  shell?: string
  /** Every shell the command was seen in, sorted. */
  shells: string[]
  /** A trailing `# comment` written after the command, when one was (the first one seen). */
  description?: string
  /** Options, output columns and key bindings a note lists under the command (schema 2). */
  options: CommandOption[]
}

/**
 * One item of a definition list written under a command (`-e : 모든 프로세스`, `PID : 프로세스 ID`,
 * `shift + p : CPU 순 정렬`): what the option, output column or key does. A list of a file
 * format's keywords (`FROM : 베이스 이미지` under a Dockerfile) is kept on the command that reads
 * the file (`docker build`), each item with role `keyword` and the format's name.
 */
export interface CommandOption {
  /** As written: `-e`, `--rm`, `a`, `PID`, `shift + p`. */
  name: string
  description: string
  /**
   * `option`: a flag or argument; `field`: an output column; `key`: a key binding in an
   * interactive tool; `keyword`: an instruction, directive or key of a file the command reads.
   */
  role: "option" | "field" | "key" | "keyword"
  /** For a `keyword`: the file format it belongs to (`Dockerfile`, `compose.yaml`, `manifest`). */
  format?: string
  /** Id of the note it was written in. */
  note: string
  /** Where the list item stands in that note. */
  position: Span
}

export interface ResourceNode extends NodeBase {
  kind: "resource"
  url: string
  host: string
}

export interface AssetNode extends NodeBase {
  kind: "asset"
  /** Path inside the content folder, posix separators, NFC. */
  path: string
  exists: boolean
}

export type GraphNode = NoteNode | TopicNode | TermNode | CommandNode | ResourceNode | AssetNode

export interface GraphEdge {
  from: string
  to: string
  kind: EdgeKind
}

export interface Diagnostic {
  /** Path inside the content folder (posix, NFC), or the glossary's file name. */
  file: string
  line: number
  column: number
  rule: string
  severity: Severity
  message: string
}

export interface Graph {
  schemaVersion: typeof SCHEMA_VERSION
  nodes: GraphNode[]
  edges: GraphEdge[]
  diagnostics: Diagnostic[]
}

/**
 * The bodies of one note, kept apart from graph.json (`bodies/<file>.json`, see
 * getBodyFileName): the mdast of the note's intro (under the note's id) and of each of its
 * topics (under the topic's id), positions kept. Custom nodes: `termMention`, `commandMention`.
 */
export interface NoteBodies {
  schemaVersion: typeof SCHEMA_VERSION
  /** The note's id. */
  note: string
  /** Node id (the note and each of its topics) → that node's body. */
  bodies: Record<string, Root>
}

export type NodeOfKind<K extends NodeKind> = Extract<GraphNode, { kind: K }>
