/**
 * One query API per graph object: the deck and the learning path both need the reading order,
 * whose indexes cost more than the cards themselves on a large graph (see docs/benchmarks.md).
 */
import { createGraphQuery, type Graph, type GraphQuery } from "@kube-notes/graph"

const queries = new WeakMap<Graph, GraphQuery>()

export function queryFor(graph: Graph): GraphQuery {
  let query = queries.get(graph)
  if (!query) {
    query = createGraphQuery(graph)
    queries.set(graph, query)
  }
  return query
}
