/**
 * The first screen: the part of a graph that a reader's opening page reads, written beside
 * graph.json (`first-screen.json`) so the terminal reader can draw its first frame without
 * parsing the whole graph, then load the rest right after.
 *
 * The opening page is the reading start (`firstInReadingOrder`). What it reads, and so what
 * the subgraph keeps, in graph order (nodes and edges filtered, never reordered):
 * - every note (the tree lists them all), each with its first topic (the tree's fold marker);
 * - when there are at most FULLY_OPEN_NOTES notes, every note's and topic's `contains` edges
 *   (the tree opens fully); otherwise those of the start's ancestors (the way to the start);
 * - every edge touching the start, the node at its other end, the start's ancestors;
 * - the nodes its body names (link targets, images, commands in code blocks);
 * - notes' and topics' plain text (`text`, for search) only for the start.
 * Nodes before the start keep no `next` edge, and the start keeps its own: so
 * `firstInReadingOrder` of the subgraph is the same start.
 */
import type { Root } from "mdast"
import type { GraphFile } from "./graph-file.ts"
import type { GraphQuery } from "./query.ts"
import type { Graph, GraphEdge, GraphNode } from "./types.ts"

/** The file's name, beside graph.json. */
export const FIRST_SCREEN_FILE = "first-screen.json"
/** Bumped when what the file holds changes: a reader skips a file of another format. */
export const FIRST_SCREEN_FORMAT = 1
/** A collection of at most this many notes opens fully in the reader's tree. */
export const FULLY_OPEN_NOTES = 20

/** first-screen.json. */
export interface FirstScreenFile {
  format: typeof FIRST_SCREEN_FORMAT
  /** sha1 (hex) of the graph.json text this was cut from: any other graph.json makes it stale. */
  graphSha1: string
  /**
   * graph.json's size and modification time once written: while both are unchanged the file is
   * the one hashed (a reader need not read and hash it); when either differs, the sha1 decides.
   */
  graphBytes: number
  graphMtimeMs: number
  /** The node the first page shows. */
  start: string
  /** The subgraph, encoded as graph.json is (`encodeGraph`). */
  graph: GraphFile
}

/**
 * The first node, in graph order, that begins a chain of `next` edges: the same node as
 * `query.getReadingOrder()[0]`, without walking every chain.
 */
export function firstInReadingOrder(query: GraphQuery): GraphNode | undefined {
  for (const node of query.graph.nodes) {
    if (query.getEdges(node.id, "in").some((edge) => edge.kind === "next")) continue
    if (query.getEdges(node.id, "out").some((edge) => edge.kind === "next")) return node
  }
  return undefined
}

/**
 * The reading start and the subgraph its first screen reads (see the module comment). It is
 * made at every graph write, so it indexes only the `contains` and `next` edges in one pass
 * (a whole `createGraphQuery` cost ≈ 100–200 ms of CPU at 1,000 notes); what it finds is what
 * the reader's query finds (`test/first-screen.test.ts` compares the two).
 */
export function selectFirstScreen(
  graph: Graph,
  getBody: (id: string) => Root | undefined,
): { start: string; graph: Graph } | undefined {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const containsOut = new Map<string, GraphEdge[]>()
  const parentEdge = new Map<string, GraphEdge>()
  const nextIn = new Set<string>()
  const nextOut = new Set<string>()
  for (const edge of graph.edges) {
    if (edge.kind === "contains") {
      const list = containsOut.get(edge.from)
      if (list) list.push(edge)
      else containsOut.set(edge.from, [edge])
      // getParent: the first `contains` edge into the node from a node that exists.
      if (!parentEdge.has(edge.to) && byId.has(edge.from)) parentEdge.set(edge.to, edge)
    } else if (edge.kind === "next") {
      nextIn.add(edge.to)
      nextOut.add(edge.from)
    }
  }
  const notes = graph.nodes.filter((node) => node.kind === "note")
  // firstInReadingOrder: the first node that begins a chain of `next` edges.
  const start = graph.nodes.find((node) => !nextIn.has(node.id) && nextOut.has(node.id)) ?? notes[0]
  if (!start) return undefined
  const ancestors: string[] = []
  for (let at = parentEdge.get(start.id)?.from; at !== undefined && at !== start.id; ) {
    if (ancestors.includes(at)) break
    ancestors.unshift(at)
    at = parentEdge.get(at)?.from
  }

  const nodes = new Set<string>()
  const edges = new Set<GraphEdge>()
  const keepEdge = (edge: GraphEdge) => {
    edges.add(edge)
    nodes.add(edge.from).add(edge.to)
  }
  const topicChildren = (id: string) =>
    (containsOut.get(id) ?? []).filter((edge) => byId.get(edge.to)?.kind === "topic")
  const opened =
    notes.length <= FULLY_OPEN_NOTES
      ? graph.nodes.filter((n) => n.kind === "note" || n.kind === "topic").map((n) => n.id)
      : ancestors
  // A row shows a fold marker when its node has a topic inside: its first topic says so.
  const keepFirstTopic = (id: string) => {
    const first = topicChildren(id)[0]
    if (first) keepEdge(first)
  }
  for (const id of opened)
    for (const edge of topicChildren(id)) {
      keepEdge(edge)
      keepFirstTopic(edge.to)
    }
  for (const note of notes) {
    nodes.add(note.id)
    keepFirstTopic(note.id)
  }
  for (const id of [...ancestors, start.id]) {
    const up = parentEdge.get(id)
    if (up) keepEdge(up)
  }
  for (const edge of graph.edges) if (edge.from === start.id || edge.to === start.id) keepEdge(edge)
  const body = getBody(start.id)
  if (body) for (const id of idsNamedIn(body)) if (byId.has(id)) nodes.add(id)
  nodes.add(start.id)

  return {
    start: start.id,
    graph: {
      schemaVersion: graph.schemaVersion,
      nodes: graph.nodes.flatMap((node) => (nodes.has(node.id) ? [withoutSearchText(node, start.id)] : [])),
      edges: graph.edges.filter((edge) => edges.has(edge)),
      diagnostics: [],
    },
  }
}

/**
 * A note's or topic's `text` is its plain text for search and previews, which no page shows:
 * left out (`""`) but for the start's, it was half of the file at 1,000 notes.
 */
function withoutSearchText(node: GraphNode, start: string): GraphNode {
  return (node.kind === "note" || node.kind === "topic") && node.id !== start ? { ...node, text: "" } : node
}

/** The node ids a body's rendering looks up: link targets, images' assets, code's commands. */
function idsNamedIn(root: Root): string[] {
  const ids: string[] = []
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return
    const { data, children } = node as { data?: Record<string, unknown>; children?: unknown[] }
    if (data) {
      for (const key of ["targetId", "assetId"] as const)
        if (typeof data[key] === "string") ids.push(data[key] as string)
      if (Array.isArray(data.commandIds)) for (const id of data.commandIds) ids.push(String(id))
    }
    if (Array.isArray(children)) for (const child of children) visit(child)
  }
  visit(root)
  return ids
}
