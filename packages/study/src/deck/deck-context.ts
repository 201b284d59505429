/**
 * What card makers need to know about the graph, computed once: topics in reading order,
 * the topic each term and command belongs to, and the note of each topic.
 */
import { createGraphQuery, type Graph, type TermNode, type TopicNode } from "@kube-notes/graph"

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
  const query = createGraphQuery(graph)
  const topics = query.getReadingOrder().filter((node): node is TopicNode => node.kind === "topic")
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const terms = new Map(query.listNodes("term").map((term) => [term.id, term]))
  const definedBy = new Map<string, TermNode[]>()
  const homeTopic = new Map<string, TopicNode>()
  const rank = new Map(topics.map((topic, index) => [topic.id, index]))
  // Stronger edges first: a term belongs where it is defined before where it is mentioned.
  for (const kinds of [["defines", "uses"], ["mentions"]]) {
    const edges = graph.edges
      .filter((edge) => kinds.includes(edge.kind) && topicById.has(edge.from))
      .sort((a, b) => (rank.get(a.from) ?? 0) - (rank.get(b.from) ?? 0))
    for (const edge of edges) {
      const topic = topicById.get(edge.from)
      if (!topic) continue
      if (!homeTopic.has(edge.to)) homeTopic.set(edge.to, topic)
      const term = terms.get(edge.to)
      if (edge.kind === "defines" && term) {
        const list = definedBy.get(topic.id) ?? []
        if (!list.includes(term)) list.push(term)
        definedBy.set(topic.id, list)
      }
    }
  }
  return { graph, topics, definedBy, homeTopic, terms }
}
