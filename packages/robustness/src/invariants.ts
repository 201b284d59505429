/**
 * What every graph must satisfy whatever the notes: the schema and core's invariants
 * (validateGraph: ids unique, edges' ends exist, `contains` a forest), plus what the schema
 * cannot know without the files — every diagnostic points at a file that was given, at a line
 * and column inside it — and that no unsafe URL became a resource or asset.
 */

import { validateGraph } from "@kube-notes/core/schema"
import type { Graph } from "@kube-notes/graph"

/** Lines of a note as core sees them: BOM dropped, CRLF/CR → LF, NFC. */
export function noteLines(content: string | Uint8Array): string[] {
  const text = typeof content === "string" ? content : new TextDecoder().decode(content)
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
}

/** Problems with the graph built from `files` (path → content); `[]` when it is sound. */
export function findGraphProblems(graph: Graph, files: Record<string, string | Uint8Array>): string[] {
  const problems = validateGraph(graph).map((p) => `schema/invariant: ${p.path}: ${p.message}`)
  const byPath = new Map(Object.entries(files).map(([path, content]) => [path.normalize("NFC"), content]))
  for (const d of graph.diagnostics) {
    const content = byPath.get(d.file)
    if (content === undefined) {
      problems.push(`diagnostic on a file that was not given: ${d.file} (${d.rule})`)
      continue
    }
    const lines = noteLines(content)
    const line = lines[d.line - 1]
    if (line === undefined)
      problems.push(`${d.file}:${d.line}:${d.column} ${d.rule}: line past the end (${lines.length})`)
    else if (d.column < 1 || d.column > line.length + 1)
      problems.push(
        `${d.file}:${d.line}:${d.column} ${d.rule}: column outside the line (${line.length} long)`,
      )
  }
  problems.push(...findUnsafeTargets(graph))
  return problems
}

/** Resources are http(s) URLs only; assets are plain relative paths inside the folder. */
export function findUnsafeTargets(graph: Graph): string[] {
  const problems: string[] = []
  for (const node of graph.nodes) {
    if (node.kind === "resource" && !/^https?:\/\/[^\s/]/i.test(node.url))
      problems.push(`resource with an unsafe URL: ${JSON.stringify(node.url)}`)
    if (node.kind === "asset" && !isSafeRelativePath(node.path))
      problems.push(`asset with an unsafe path: ${JSON.stringify(node.path)}`)
  }
  return problems
}

function isSafeRelativePath(path: string): boolean {
  if (path.startsWith("/") || path.includes("\\") || path.includes("\0")) return false
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return false
  return !path.split("/").some((part) => part === ".." || part === "." || part === "")
}
