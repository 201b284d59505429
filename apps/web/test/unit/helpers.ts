/** Builds a graph from in-memory notes with core, as the site's prebuild would. */
import { type BuiltGraph, buildGraph, createMemorySource } from "@kube-notes/core"
import { createGraphQuery, type Graph, type TopicNode } from "@kube-notes/graph"
import type { Root } from "mdast"
import { getHighlighter } from "../../src/lib/render/highlight.ts"
import type { RemoteImages } from "../../src/lib/render/remote-image.ts"
import { createIdMaker, renderHast } from "../../src/lib/render/render-content.ts"
import { mdastToSafeHast } from "../../src/lib/render/to-hast.ts"

/** The graph and, apart from it, the topics' bodies. */
export function graphOf(files: Record<string, string>): Promise<BuiltGraph> {
  return buildGraph(createMemorySource(files))
}

export function topicsOf(graph: Graph): TopicNode[] {
  return graph.nodes.filter((node): node is TopicNode => node.kind === "topic")
}

/** Renders every topic of the graph to static HTML, joined, as the note page does. */
export async function renderTopicsHtml(
  built: BuiltGraph,
  copiedAssets: string[] = [],
  options: { remoteImages?: RemoteImages } = {},
): Promise<string> {
  const shiki = await getHighlighter()
  const query = createGraphQuery(built.graph)
  const nextId = createIdMaker("tip")
  const empty: Root = { type: "root", children: [] }
  const parts = topicsOf(built.graph).map((topic) =>
    renderHast(
      mdastToSafeHast(built.bodies.getBody(topic.id) ?? empty, {
        shiki,
        copiedAssets: new Set(copiedAssets),
        sectionTitle: topic.title,
        ...options,
      }),
      { getTerm: (id) => query.getNodeOfKind(id, "term"), nextId },
    ),
  )
  return parts.join("\n")
}
