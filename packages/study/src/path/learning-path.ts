/**
 * An order of topics in which every term is defined before the topics that use it: topic D
 * comes before topic T when D is the first topic (in reading order) to define a term that T
 * mentions or defines again. Among topics that may come next the earliest in reading order
 * wins. Topics caught in a cycle form one block, placed by its earliest topic and read inside
 * in reading order.
 */
import type { Graph } from "@kube-notes/graph"
import { queryFor } from "../query-cache.ts"
import { MinHeap } from "./min-heap.ts"
import { strongComponents } from "./strong-components.ts"

export function learningPath(graph: Graph): string[] {
  const topics = queryFor(graph)
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
  // after[d] lists the topics that must wait for topic d.
  const after = topics.map(() => new Set<number>())
  for (const edge of graph.edges) {
    const at = rank.get(edge.from)
    const definer = firstDefiner.get(edge.to)
    if ((edge.kind !== "mentions" && edge.kind !== "defines") || at === undefined || definer === undefined)
      continue
    if (definer !== at) after[definer]?.add(at)
  }
  const component = strongComponents(
    topics.length,
    after.map((set) => [...set]),
  )
  // Blocks: members in reading order, keyed by their earliest member, and what each waits for.
  const members = new Map<number, number[]>()
  for (let topic = 0; topic < topics.length; topic++) {
    const key = component[topic] ?? topic
    const list = members.get(key)
    if (list) list.push(topic)
    else members.set(key, [topic])
  }
  const first = new Map([...members].map(([key, list]) => [key, list[0] ?? 0]))
  const blockOf = (topic: number) => first.get(component[topic] ?? topic) ?? topic
  const waiting = new Map<number, number>()
  const next = new Map<number, Set<number>>()
  for (let topic = 0; topic < topics.length; topic++) {
    for (const waiter of after[topic] ?? []) {
      const from = blockOf(topic)
      const to = blockOf(waiter)
      if (from === to || next.get(from)?.has(to)) continue
      next.set(from, (next.get(from) ?? new Set()).add(to))
      waiting.set(to, (waiting.get(to) ?? 0) + 1)
    }
  }
  const ready = new MinHeap()
  for (const block of first.values()) if (!waiting.get(block)) ready.push(block)
  const path: string[] = []
  for (let block = ready.pop(); block !== undefined; block = ready.pop()) {
    for (const topic of members.get(component[block] ?? block) ?? []) path.push(topics[topic] ?? "")
    for (const waiter of next.get(block) ?? []) {
      const left = (waiting.get(waiter) ?? 0) - 1
      waiting.set(waiter, left)
      if (left === 0) ready.push(waiter)
    }
  }
  return path
}
