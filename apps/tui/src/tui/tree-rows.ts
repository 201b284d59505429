/** The tree pane's rows: notes and their topics, nested by `contains`, folded where asked. */
import type { GraphQuery } from "@kube-notes/graph"
import { displayTitle } from "../render/node-document.ts"

export interface TreeRow {
  readonly id: string
  readonly depth: number
  readonly label: string
  readonly hasChildren: boolean
  readonly expanded: boolean
}

export function buildTreeRows(query: GraphQuery, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = []
  const visit = (id: string, depth: number) => {
    const node = query.getNode(id)
    if (!node || (node.kind !== "note" && node.kind !== "topic")) return
    const children = query.getChildren(id).filter((c) => c.kind === "topic")
    const isOpen = expanded.has(id)
    rows.push({ id, depth, label: displayTitle(node), hasChildren: children.length > 0, expanded: isOpen })
    if (isOpen) for (const child of children) visit(child.id, depth + 1)
  }
  for (const note of query.listNodes("note")) visit(note.id, 0)
  return rows
}

/** Small collections open fully; large ones open only the way to `current`. */
export function initialExpanded(query: GraphQuery, current: string | undefined): Set<string> {
  const notes = query.listNodes("note")
  if (notes.length <= 20) {
    return new Set(query.graph.nodes.filter((n) => n.kind === "note" || n.kind === "topic").map((n) => n.id))
  }
  return new Set(current ? query.getAncestors(current).map((n) => n.id) : [])
}
