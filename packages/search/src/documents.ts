/**
 * Graph → search documents: one per note, topic, term and command, with the text of each
 * field and the place that holds it (for breadcrumbs).
 */
import type { Graph, GraphNode } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import type { SearchKind } from "./types.ts"

export interface SearchDocument {
  readonly id: string
  readonly kind: SearchKind
  readonly title: string
  /** Other names (term aliases). */
  readonly aliases: readonly string[]
  /** Short text that belongs to the node itself: a term's definition. */
  readonly secondary: string
  /** Long text: a topic's or note's body. Not serialised; snippets read it from the graph. */
  readonly body: string
  /** Id of the node that holds this one: parent topic or note, a term's defining topic, a command's first topic. */
  readonly parent: string | undefined
}

export const KINDS: readonly SearchKind[] = ["note", "topic", "term", "command"]

export function isSearchKind(kind: string): kind is SearchKind {
  return (KINDS as readonly string[]).includes(kind)
}

export function getDocuments(graph: Graph): SearchDocument[] {
  const query = createGraphQuery(graph)
  const docs: SearchDocument[] = []
  for (const node of graph.nodes) {
    const doc = toDocument(node, (id) => findPlace(query, node, id))
    if (doc) docs.push(doc)
  }
  return docs
}

/** The searchable body of a node (topics and notes: the plain text core stored), for snippets. */
export function getBodyText(node: GraphNode | undefined): string {
  return node && (node.kind === "topic" || node.kind === "note") ? node.text : ""
}

function toDocument(node: GraphNode, place: (id: string) => string | undefined): SearchDocument | undefined {
  const base = { id: node.id, title: node.title, parent: place(node.id) }
  switch (node.kind) {
    case "note":
    case "topic":
      return { ...base, kind: node.kind, aliases: [], secondary: "", body: getBodyText(node) }
    case "term":
      return { ...base, kind: "term", aliases: node.aliases, secondary: node.definition, body: "" }
    case "command":
      return { ...base, kind: "command", title: node.text, aliases: [], secondary: "", body: "" }
    default:
      return undefined
  }
}

function findPlace(
  query: ReturnType<typeof createGraphQuery>,
  node: GraphNode,
  id: string,
): string | undefined {
  if (node.kind === "note") return undefined
  if (node.kind === "topic") return query.getParent(id)?.id
  const kind = node.kind === "term" ? "defines" : "uses"
  const holders = query.getNeighbours(id, { kinds: [kind], direction: "in" })
  const fallback = query.getBacklinks(id)
  return (holders[0] ?? fallback[0])?.id
}
