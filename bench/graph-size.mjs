#!/usr/bin/env node
/**
 * What a graph.json is made of, in bytes (UTF-8 of each part's JSON): the file, its nodes
 * (and of them the plain `text` of notes and topics), edges and diagnostics. Reads both the
 * encoded file (schema 2: topic rows, edges as runs of indexes) and a plain graph.
 *
 *   node bench/graph-size.mjs OUT/graph.json [OUT2/graph.json …]
 */
import { readFileSync } from "node:fs"

const bytes = (value) => Buffer.byteLength(JSON.stringify(value))
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`

for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file)
  const graph = JSON.parse(raw.toString("utf8"))
  const encoded = Array.isArray(graph.edgeKinds)
  // A topic row's text is its last cell; an object node's is its `text` field (commands' too are not counted).
  const textOf = (node) =>
    Array.isArray(node) ? node.at(-1) : node.kind === "note" || node.kind === "topic" ? node.text : undefined
  const text = graph.nodes.reduce((sum, node) => sum + (textOf(node) === undefined ? 0 : bytes(textOf(node))), 0)
  const edgeCount = encoded ? countRuns(graph.edges) : graph.edges.length
  console.log(
    `${file}: ${mb(raw.length)} (${encoded ? "encoded" : "plain"}) — nodes ${mb(bytes(graph.nodes))} ` +
      `(${graph.nodes.length}, text ${mb(text)}), edges ${mb(bytes(graph.edges))} (${edgeCount}), ` +
      `diagnostics ${mb(bytes(graph.diagnostics))} (${graph.diagnostics.length})`,
  )
}

/** Edges in `from, kind, n, to₁ … toₙ` runs. */
function countRuns(runs) {
  let count = 0
  for (let i = 0; i < runs.length; i += 3 + runs[i + 2]) count += runs[i + 2]
  return count
}
