/**
 * An order of topics in which every term is defined before the topics that use it: topic D
 * comes before topic T when D is the first topic (in reading order) to define a term that T
 * mentions or defines again. Among topics that may come next the earliest in reading order
 * wins; a cycle is broken the same way, by taking the earliest topic not yet placed.
 */
import { createGraphQuery, type Graph } from "@kube-notes/graph"
import { MinHeap } from "./min-heap.ts"

export function learningPath(graph: Graph): string[] {
  const topics = createGraphQuery(graph)
    .getReadingOrder()
    .filter((node) => node.kind === "topic")
    .map((node) => node.id)
  const rank = new Map(topics.map((id, index) => [id, index]))
  const firstDefiner = new Map<string, number>()
  for (const edge of graph.edges) {
    const at = rank.get(edge.from)
    if (edge.kind !== "defines" || at === undefined) continue
    if (at < (firstDefiner.get(edge.to) ?? Number.POSITIVE_INFINITY)) firstDefiner.set(edge.to, at)
  }
  // after[d] lists the topics waiting for d; waiting[t] counts what t still waits for.
  const after = topics.map(() => new Set<number>())
  const waiting = topics.map(() => 0)
  for (const edge of graph.edges) {
    const at = rank.get(edge.from)
    const definer = firstDefiner.get(edge.to)
    if ((edge.kind !== "mentions" && edge.kind !== "defines") || at === undefined || definer === undefined)
      continue
    if (definer === at || after[definer]?.has(at)) continue
    after[definer]?.add(at)
    waiting[at] = (waiting[at] ?? 0) + 1
  }
  const ready = new MinHeap()
  for (const [index, count] of waiting.entries()) if (count === 0) ready.push(index)
  const placed = new Array<boolean>(topics.length).fill(false)
  const path: string[] = []
  let earliest = 0
  while (path.length < topics.length) {
    let next = ready.pop()
    while (next !== undefined && placed[next]) next = ready.pop()
    if (next === undefined) {
      // A cycle: nothing is ready, so take the earliest topic left in reading order.
      while (placed[earliest]) earliest++
      next = earliest
    }
    placed[next] = true
    path.push(topics[next] ?? "")
    for (const waiter of after[next] ?? []) {
      waiting[waiter] = (waiting[waiter] ?? 0) - 1
      if (waiting[waiter] === 0 && !placed[waiter]) ready.push(waiter)
    }
  }
  return path
}
