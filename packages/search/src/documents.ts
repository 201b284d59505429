/**
 * Graph → search documents: one per note, topic, term and command, with the text of each
 * field and the place that holds it (for breadcrumbs).
 */
import type { Graph, GraphNode, TermNode } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import type { SearchKind } from "./types.ts"

export interface SearchDocument {
  readonly id: string
  readonly kind: SearchKind
  readonly title: string
  /** Other names (term aliases). */
  readonly aliases: readonly string[]
  /**
   * Short text that belongs to the node itself: a term's definition and descriptions, without
   * the clauses that describe another term (indexed).
   */
  readonly secondary: string
  /** What a term's snippet shows: its definition and descriptions as written. */
  readonly summary?: string
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
  const descriptions = describedClauses(graph)
  const docs: SearchDocument[] = []
  for (const node of graph.nodes) {
    const doc = toDocument(node, (id) => findPlace(query, node, id), descriptions)
    if (doc) docs.push(doc)
  }
  return docs
}

/** Every term description's text with the term it is about (see `termSecondary`). */
function describedClauses(graph: Graph): Map<string, string> {
  const owner = new Map<string, string>()
  for (const node of graph.nodes)
    if (node.kind === "term")
      for (const { text } of node.descriptions ?? []) if (!owner.has(text)) owner.set(text, node.id)
  return owner
}

/**
 * A term's indexed definition: its definition without the clauses that describe another term
 * (worker node's definition quotes "Kubelet은 … 에이전트고", which is about Kubelet), then its
 * own descriptions, so 에이전트 finds Kubelet.
 */
function termSecondary(node: TermNode, owners: ReadonlyMap<string, string>): string {
  let definition = node.definition
  for (const [text, owner] of owners) if (owner !== node.id) definition = definition.split(text).join(" ")
  return [definition, ...(node.descriptions ?? []).map((d) => d.text)].join("\n")
}

/** The searchable body of a node (topics and notes: the plain text core stored), for snippets. */
export function getBodyText(node: GraphNode | undefined): string {
  return node && (node.kind === "topic" || node.kind === "note") ? node.text : ""
}

function toDocument(
  node: GraphNode,
  place: (id: string) => string | undefined,
  owners: ReadonlyMap<string, string>,
): SearchDocument | undefined {
  const base = { id: node.id, title: node.title, parent: place(node.id) }
  switch (node.kind) {
    case "note":
    case "topic":
      return { ...base, kind: node.kind, aliases: [], secondary: "", body: getBodyText(node) }
    case "term":
      return {
        ...base,
        kind: "term",
        aliases: node.aliases,
        secondary: termSecondary(node, owners),
        summary: [node.definition, ...(node.descriptions ?? []).map((d) => d.text)]
          .filter(Boolean)
          .join(" · "),
        body: "",
      }
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
  // Backlinks only when nothing defines or uses it: a common term has thousands.
  return (holders[0] ?? query.getBacklinks(id)[0])?.id
}
