"use client"

import { useMemo, useState } from "react"
import type { GraphViewData } from "../../lib/graph-view/types.ts"
import { messages as m } from "../../lib/messages.ts"
import { nodeUrl } from "../../lib/urls.ts"

const SHOWN = 200

/**
 * The graph's keyboard twin: every node as a link with how many connections it has,
 * filterable; focusing an item rings its node on the canvas.
 */
export function GraphList({
  data,
  onFocusNode,
}: {
  readonly data: GraphViewData
  readonly onFocusNode: (index: number) => void
}) {
  const [filter, setFilter] = useState("")
  const degree = useMemo(() => {
    const counts = new Array<number>(data.nodes.length).fill(0)
    for (const [a, b] of data.edges) {
      counts[a] = (counts[a] ?? 0) + 1
      counts[b] = (counts[b] ?? 0) + 1
    }
    return counts
  }, [data])
  const needle = filter.trim().toLowerCase()
  const matches = data.nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => !needle || node.title.toLowerCase().includes(needle))
  return (
    <section className="graph-list" aria-labelledby="graph-list-title">
      <h2 id="graph-list-title">{m.graphPage.listTitle}</h2>
      <label className="graph-filter">
        {m.graphPage.filterLabel}{" "}
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <p role="status" className="muted">
        {m.graphPage.shown(matches.length, Math.min(matches.length, SHOWN))}
      </p>
      <ul>
        {matches.slice(0, SHOWN).map(({ node, index }) => (
          <li key={node.id}>
            <a
              href={nodeUrl(node.id)}
              onFocus={() => onFocusNode(index)}
              onMouseEnter={() => onFocusNode(index)}
            >
              <span className="badge">{m.kinds[node.kind]}</span> {node.title}
            </a>{" "}
            <span className="muted">{m.graphPage.degree(degree[index] ?? 0)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
