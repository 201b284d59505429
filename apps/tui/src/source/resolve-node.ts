/**
 * `show <id|title|alias>`: what a person types, to one node. Tries, in order: an exact id,
 * a topic number ("1-1"), an exact title, a term alias. Several equal matches are reported,
 * never guessed between.
 */
import type { GraphNode, GraphQuery } from "@kube-notes/graph"
import { foldName } from "@kube-notes/graph"
import { sanitizeTerminalText } from "../render/sanitize-terminal-text.ts"

export type Resolution = { found: GraphNode } | { ambiguous: GraphNode[] } | { missing: true }

export function resolveNode(query: GraphQuery, text: string): Resolution {
  const byId = query.getNode(text.normalize("NFC"))
  if (byId) return { found: byId }
  const wanted = foldName(text)
  const readable = query.graph.nodes.filter((n) => n.kind === "topic" || n.kind === "note")
  const numbered = readable.filter((n) => n.kind === "topic" && n.number === wanted.replace(/[.)]$/, ""))
  if (numbered.length > 0) return pick(numbered)
  const titled = query.graph.nodes.filter(
    (n) => n.kind !== "asset" && foldName(sanitizeTerminalText(n.title)) === wanted,
  )
  if (titled.length > 0) return pick(preferReadable(titled))
  const term = query.getTermByAlias(text)
  if (term) return { found: term }
  return { missing: true }
}

function pick(nodes: GraphNode[]): Resolution {
  const [first] = nodes
  return nodes.length === 1 && first ? { found: first } : { ambiguous: nodes }
}

// A topic and a term sharing a title: the term is usually what "show" means… unless only
// one of them exists. Terms first, then topics, then the rest.
function preferReadable(nodes: GraphNode[]): GraphNode[] {
  const terms = nodes.filter((n) => n.kind === "term")
  return terms.length > 0 ? terms : nodes
}
