/**
 * The `next` edges of reading order: every note, then its topics in document order, one
 * after the other. The edges inside one fragment are kept with the fragment, so an update
 * makes new edges only for the fragments it rebuilt and at the seams between fragments.
 */
import type { GraphEdge } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"

const inner = new WeakMap<Fragment, GraphEdge[]>()

export function pushReadingEdges(fragments: readonly Fragment[], edges: GraphEdge[]): void {
  let previous: string | undefined
  for (const fragment of fragments) {
    const first = fragment.nodes[0]
    if (!first) continue
    if (previous !== undefined) edges.push({ from: previous, to: first.id, kind: "next" })
    for (const edge of innerEdges(fragment)) edges.push(edge)
    previous = (fragment.nodes.at(-1) ?? first).id
  }
}

function innerEdges(fragment: Fragment): GraphEdge[] {
  let list = inner.get(fragment)
  if (!list) {
    list = []
    for (let i = 1; i < fragment.nodes.length; i++)
      list.push({
        from: (fragment.nodes[i - 1] as { id: string }).id,
        to: (fragment.nodes[i] as { id: string }).id,
        kind: "next",
      })
    inner.set(fragment, list)
  }
  return list
}
