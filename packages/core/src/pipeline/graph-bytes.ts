/**
 * graph.json's bytes for a graph, encoded once: the output folder and the saved graph
 * (graph-cache.ts) hold the same text, and one build writes both.
 */
import { encodeGraph, type Graph } from "@kube-notes/graph"

const encoded = new WeakMap<Graph, Buffer>()

export function encodeGraphBytes(graph: Graph): Buffer {
  let bytes = encoded.get(graph)
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(encodeGraph(graph)))
    encoded.set(graph, bytes)
  }
  return bytes
}
