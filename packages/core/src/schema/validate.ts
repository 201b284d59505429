/** Checks a graph against the schema and the invariants a schema cannot say. */
import { decodeGraph, type Graph } from "@kube-notes/graph"
import { graphFileSchema } from "./graph-file-schema.ts"
import { graphSchema, noteBodiesSchema } from "./graph-schema.ts"

export interface GraphProblem {
  path: string
  message: string
}

export function validateGraph(value: unknown): GraphProblem[] {
  const parsed = graphSchema.safeParse(value)
  if (!parsed.success) return toProblems(parsed.error.issues)
  return checkInvariants(value as Graph)
}

/** Checks graph.json as written (parsed, not decoded): its shape, then the graph it decodes to. */
export function validateGraphFile(value: unknown): GraphProblem[] {
  const parsed = graphFileSchema.safeParse(value)
  if (!parsed.success) return toProblems(parsed.error.issues)
  try {
    return validateGraph(decodeGraph(value))
  } catch (error) {
    return [{ path: "", message: error instanceof Error ? error.message : String(error) }]
  }
}

/** Checks one note's bodies file (`bodies/<file>.json`) against its schema. */
export function validateNoteBodies(value: unknown): GraphProblem[] {
  const parsed = noteBodiesSchema.safeParse(value)
  return parsed.success ? [] : toProblems(parsed.error.issues)
}

function toProblems(issues: readonly { path: PropertyKey[]; message: string }[]): GraphProblem[] {
  return issues
    .slice(0, 20)
    .map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }))
}

/** Ids unique, every edge's ends exist, `contains` is a forest, topics point at their note. */
export function checkInvariants(graph: Graph): GraphProblem[] {
  const problems: GraphProblem[] = []
  const ids = new Set<string>()
  for (const node of graph.nodes) {
    if (ids.has(node.id)) problems.push({ path: node.id, message: "duplicate node id" })
    ids.add(node.id)
  }
  const parents = new Map<string, string>()
  for (const edge of graph.edges) {
    if (!ids.has(edge.from))
      problems.push({ path: `${edge.kind}:${edge.from}`, message: "edge starts at a missing node" })
    if (!ids.has(edge.to))
      problems.push({ path: `${edge.kind}:${edge.to}`, message: "edge ends at a missing node" })
    if (edge.kind !== "contains") continue
    if (parents.has(edge.to)) problems.push({ path: edge.to, message: "node has two parents by contains" })
    parents.set(edge.to, edge.from)
  }
  for (const start of parents.keys()) {
    const seen = new Set<string>()
    for (let at: string | undefined = start; at; at = parents.get(at)) {
      if (seen.has(at)) {
        problems.push({ path: start, message: "contains edges form a cycle" })
        break
      }
      seen.add(at)
    }
  }
  for (const node of graph.nodes)
    if (node.kind === "topic" && !ids.has(node.note))
      problems.push({ path: node.id, message: "topic's note is missing" })
  return problems
}
