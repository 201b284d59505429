/**
 * What card makers need to know about the graph, computed once: topics in reading order,
 * the topic each term and command belongs to, and the note of each topic.
 */
import type { Graph, TermNode, TopicNode } from "@kube-notes/graph"
import { queryFor } from "../query-cache.ts"

export interface DeckContext {
  readonly graph: Graph
  /** Topics in reading order. */
  readonly topics: readonly TopicNode[]
  /** Terms defined by each topic, in edge order. */
  readonly definedBy: ReadonlyMap<string, readonly TermNode[]>
  /** The topic a term or command belongs to: the first that defines (terms) or uses (commands) it, else the first that mentions it. */
  readonly homeTopic: ReadonlyMap<string, TopicNode>
  /** Every term, by id. */
  readonly terms: ReadonlyMap<string, TermNode>
}

export function createDeckContext(graph: Graph): DeckContext {
  const query = queryFor(graph)
  const topics = query.getReadingOrder().filter((node): node is TopicNode => node.kind === "topic")
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const terms = new Map(query.listNodes("term").map((term) => [term.id, term]))
  const definedBy = new Map<string, TermNode[]>()
  const homeTopic = new Map<string, TopicNode>()
  // One pass over the edges, grouped by topic; then topics in reading order, so the first
  // topic to claim a node is the earliest one, without sorting the (many) edges.
  const strong = new Map<string, string[]>()
  const weak = new Map<string, string[]>()
  for (const edge of graph.edges) {
    if (!topicById.has(edge.from)) continue
    const group =
      edge.kind === "defines" || edge.kind === "uses" ? strong : edge.kind === "mentions" ? weak : undefined
    if (!group) continue
    const list = group.get(edge.from)
    if (list) list.push(edge.to)
    else group.set(edge.from, [edge.to])
    if (edge.kind !== "defines") continue
    const term = terms.get(edge.to)
    const defined = definedBy.get(edge.from)
    if (!term) continue
    if (!defined) definedBy.set(edge.from, [term])
    else if (!defined.includes(term)) defined.push(term)
  }
  // Stronger edges first: a term belongs where it is defined before where it is mentioned.
  for (const group of [strong, weak]) {
    for (const topic of topics) {
      for (const id of group.get(topic.id) ?? []) if (!homeTopic.has(id)) homeTopic.set(id, topic)
    }
  }
  return { graph, topics, definedBy, homeTopic, terms }
}
