/**
 * Graph → search documents: one per note, topic, term and command, with the text of each
 * field and the place that holds it (for breadcrumbs).
 */
import type { Graph, GraphNode, TermNode } from "@kube-notes/graph"
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
  const place = createPlaces(graph)
  const descriptions = describedClauses(graph)
  const docs: SearchDocument[] = []
  for (const node of graph.nodes) {
    const doc = toDocument(node, place, descriptions)
    if (doc) docs.push(doc)
  }
  return docs
}

/**
 * Where each node sits, from one pass over the edges: a topic's parent (the first `contains`
 * edge into it), a term's first definer, a command's first user — each the first such edge
 * whose source node exists, as the graph query's neighbours give them. A term or command with
 * none falls back to its first backlink: the first edge into it, in graph order, of a backlink
 * kind whose source exists (what `createGraphQuery(graph).getBacklinks(id)[0]` gives), found in
 * one more pass over the edges, made only then and only for such nodes (a whole graph query
 * for it was ≈ 0.2 s of a 1,000-note index).
 */
function createPlaces(graph: Graph): (node: GraphNode) => string | undefined {
  const exists = new Set(graph.nodes.map((node) => node.id))
  const firstFrom = {
    contains: new Map<string, string>(),
    defines: new Map<string, string>(),
    uses: new Map<string, string>(),
  }
  for (const edge of graph.edges) {
    if (edge.kind !== "contains" && edge.kind !== "defines" && edge.kind !== "uses") continue
    const found = firstFrom[edge.kind]
    if (!found.has(edge.to) && exists.has(edge.from)) found.set(edge.to, edge.from)
  }
  const holderOf = (node: GraphNode) => firstFrom[node.kind === "term" ? "defines" : "uses"].get(node.id)
  let firstBacklink: Map<string, string> | undefined
  const backlinks = () => {
    // Terms and commands nothing defines or uses: common terms have thousands of backlinks,
    // so only these are looked for.
    const wanted = new Set<string>()
    for (const node of graph.nodes)
      if ((node.kind === "term" || node.kind === "command") && holderOf(node) === undefined)
        wanted.add(node.id)
    const found = new Map<string, string>()
    for (const edge of graph.edges)
      if (
        wanted.has(edge.to) &&
        !found.has(edge.to) &&
        BACKLINK_KINDS.has(edge.kind) &&
        exists.has(edge.from)
      )
        found.set(edge.to, edge.from)
    return found
  }
  return (node) => {
    if (node.kind === "note") return undefined
    if (node.kind === "topic") return firstFrom.contains.get(node.id)
    const holder = holderOf(node)
    if (holder !== undefined) return holder
    firstBacklink ??= backlinks()
    return firstBacklink.get(node.id)
  }
}

/** The edge kinds the graph query's `getBacklinks` follows (packages/graph, query.ts). */
const BACKLINK_KINDS: ReadonlySet<string> = new Set([
  "mentions",
  "defines",
  "uses",
  "cites",
  "shows",
  "links",
])

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
  place: (node: GraphNode) => string | undefined,
  owners: ReadonlyMap<string, string>,
): SearchDocument | undefined {
  // Object literals, not a shared `{ ...base }` spread into each: the spread was nearly all of
  // this function's time (≈ 0.1 s for the 9,800 nodes of 1,000 notes, against a few ms).
  switch (node.kind) {
    case "note":
    case "topic":
      return {
        id: node.id,
        title: node.title,
        parent: place(node),
        kind: node.kind,
        aliases: [],
        secondary: "",
        body: getBodyText(node),
      }
    case "term":
      return {
        id: node.id,
        title: node.title,
        parent: place(node),
        kind: "term",
        aliases: node.aliases,
        secondary: termSecondary(node, owners),
        summary: [node.definition, ...(node.descriptions ?? []).map((d) => d.text)]
          .filter(Boolean)
          .join(" · "),
        body: "",
      }
    case "command":
      return {
        id: node.id,
        title: node.text,
        parent: place(node),
        kind: "command",
        aliases: [],
        secondary: "",
        body: "",
      }
    default:
      return undefined
  }
}
