import type { Metadata } from "next"
import { GraphView } from "../../components/graph/GraphView.tsx"
import { messages as m } from "../../lib/messages.ts"

export const metadata: Metadata = { title: m.graphPage.title }

export default function GraphPage() {
  return (
    <div className="page graph-page">
      <h1>{m.graphPage.title}</h1>
      <p className="lead">{m.graphPage.lead}</p>
      <noscript>
        <p>
          {m.graphPage.needsScript} <a href="../glossary/">{m.glossaryPage.title}</a>
          {m.graphPage.glossaryInstead}
        </p>
      </noscript>
      <GraphView />
    </div>
  )
}
