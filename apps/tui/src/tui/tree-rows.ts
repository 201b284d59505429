/** The tree pane's rows: notes and their topics, nested by `contains`, folded where asked. */
import { FULLY_OPEN_NOTES, type GraphQuery } from "@kube-notes/graph"
import { displayTitle } from "../render/node-document.ts"

export interface TreeRow {
  readonly id: string
  readonly depth: number
  readonly label: string
  readonly hasChildren: boolean
  readonly expanded: boolean
}

// The reader's first render asks for the same rows twice (initial cursor, then the tree):
// at 1,000 notes each walk is ~15 ms of the first frame. States share their `expanded` set
// until a fold changes it, so identity is the right key.
const cache = new WeakMap<GraphQuery, WeakMap<ReadonlySet<string>, readonly TreeRow[]>>()

export function buildTreeRows(query: GraphQuery, expanded: ReadonlySet<string>): readonly TreeRow[] {
  const byExpanded = cache.get(query) ?? new WeakMap<ReadonlySet<string>, readonly TreeRow[]>()
  cache.set(query, byExpanded)
  const cached = byExpanded.get(expanded)
  if (cached) return cached
  const rows = walkTreeRows(query, expanded)
  byExpanded.set(expanded, rows)
  return rows
}

function walkTreeRows(query: GraphQuery, expanded: ReadonlySet<string>): readonly TreeRow[] {
  const rows: TreeRow[] = []
  const visit = (id: string, depth: number) => {
    const node = query.getNode(id)
    if (!node || (node.kind !== "note" && node.kind !== "topic")) return
    const isOpen = expanded.has(id)
    // A folded row needs only to know whether it has a topic under it: at 1,000 notes, all but
    // the way to the reading start are folded, and listing each one's children was most of
    // the walk (the first frame's).
    const children = isOpen ? query.getChildren(id).filter((c) => c.kind === "topic") : undefined
    const hasChildren = children ? children.length > 0 : hasTopicChild(query, id)
    rows.push({ id, depth, label: displayTitle(node), hasChildren, expanded: isOpen })
    if (children) for (const child of children) visit(child.id, depth + 1)
  }
  for (const note of query.listNodes("note")) visit(note.id, 0)
  return rows
}

/** Whether `id` contains a topic: the test getChildren(id) answers, without listing them all. */
function hasTopicChild(query: GraphQuery, id: string): boolean {
  for (const edge of query.getEdges(id, "out"))
    if (edge.kind === "contains" && query.getNode(edge.to)?.kind === "topic") return true
  return false
}

/** Small collections open fully; large ones open only the way to `current`. */
export function initialExpanded(query: GraphQuery, current: string | undefined): Set<string> {
  const notes = query.listNodes("note")
  if (notes.length <= FULLY_OPEN_NOTES) {
    return new Set(query.graph.nodes.filter((n) => n.kind === "note" || n.kind === "topic").map((n) => n.id))
  }
  return new Set(current ? query.getAncestors(current).map((n) => n.id) : [])
}
