/**
 * The `next` edges of reading order: every note, then its topics in document order, one
 * after the other. Each fragment's edges (the seam from the fragment before it, then its
 * own) are kept with the fragment, so an update makes new edges only for the fragments it
 * rebuilt and at seams that moved.
 */
import type { GraphEdge } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"

const kept = new WeakMap<Fragment, { previous: string | undefined; edges: GraphEdge[] }>()

/** Each fragment's `next` edges, in reading order. */
export function readingEdges(fragments: readonly Fragment[]): GraphEdge[][] {
  const lists: GraphEdge[][] = []
  let previous: string | undefined
  for (const fragment of fragments) {
    const first = fragment.nodes[0]
    if (!first) continue
    lists.push(edgesOf(fragment, previous))
    previous = (fragment.nodes.at(-1) ?? first).id
  }
  return lists
}

function edgesOf(fragment: Fragment, previous: string | undefined): GraphEdge[] {
  const known = kept.get(fragment)
  if (known && known.previous === previous) return known.edges
  const edges: GraphEdge[] = []
  const first = fragment.nodes[0] as { id: string }
  if (previous !== undefined) edges.push({ from: previous, to: first.id, kind: "next" })
  for (let i = 1; i < fragment.nodes.length; i++)
    edges.push({
      from: (fragment.nodes[i - 1] as { id: string }).id,
      to: (fragment.nodes[i] as { id: string }).id,
      kind: "next",
    })
  kept.set(fragment, { previous, edges })
  return edges
}

/**
 * Lets a rebuilt fragment keep its predecessor's `next` edges when its nodes have the same
 * ids in the same order (a text edit), so the graph's edge list can stay the same array.
 */
export function inheritReadingEdges(from: Fragment, to: Fragment): void {
  const known = kept.get(from)
  if (!known || from.nodes.length !== to.nodes.length) return
  for (let i = 0; i < to.nodes.length; i++)
    if ((from.nodes[i] as { id: string }).id !== (to.nodes[i] as { id: string }).id) return
  kept.set(to, known)
}
