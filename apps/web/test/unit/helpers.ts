/** Builds a graph from in-memory notes with core, as the site's prebuild would. */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { createGraphQuery, type Graph, type TopicNode } from "@kube-notes/graph"
import { getHighlighter } from "../../src/lib/render/highlight.ts"
import type { RemoteImages } from "../../src/lib/render/remote-image.ts"
import { createIdMaker, renderHast } from "../../src/lib/render/render-content.ts"
import { mdastToSafeHast } from "../../src/lib/render/to-hast.ts"

export async function graphOf(files: Record<string, string>): Promise<Graph> {
  return buildGraph(createMemorySource(files))
}

export function topicsOf(graph: Graph): TopicNode[] {
  return graph.nodes.filter((node): node is TopicNode => node.kind === "topic")
}

/** Renders every topic of the graph to static HTML, joined, as the note page does. */
export async function renderTopicsHtml(
  graph: Graph,
  copiedAssets: string[] = [],
  options: { remoteImages?: RemoteImages } = {},
): Promise<string> {
  const shiki = await getHighlighter()
  const query = createGraphQuery(graph)
  const nextId = createIdMaker("tip")
  const parts = topicsOf(graph).map((topic) =>
    renderHast(
      mdastToSafeHast(topic.mdast, {
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
