/**
 * The reader's cache of a graph.json, so a large graph opens faster than parsing it again.
 *
 * A 1,000-note graph.json repeats two node ids as fresh strings in every edge (≈ 90,000 of
 * them). The cache keeps the nodes as they are and the edges as node indexes (so their ids
 * are the nodes' own strings): loading it is one smaller JSON.parse and no string churn.
 *
 * Keyed by graph.json's path, size and mtime; one file per graph path under
 * `$XDG_CACHE_HOME/kube-notes/reader` (default `~/.cache/kube-notes/reader`). A cache that is
 * stale, unreadable or inconsistent is ignored (and rewritten), never trusted.
 * (v8.serialize was measured too: deserialising is slower than JSON.parse here.)
 */
import { createHash } from "node:crypto"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { homedir } from "node:os"
import { join } from "node:path"
import type { Graph, GraphEdge } from "@kube-notes/graph"

/** 2: graph schema 2 (bodies apart from graph.json, so no mdast ranges any more). */
const VERSION = 2

export interface GraphFileKey {
  readonly path: string
  readonly size: number
  readonly mtimeMs: number
}

interface CacheFile {
  readonly version: typeof VERSION
  readonly key: GraphFileKey
  /** The graph with `edges: []`. */
  readonly graph: Graph
  readonly edgeKinds: string[]
  /** `from, to, kind` as indexes into nodes and edgeKinds; `-1, i, 0` is `rawEdges[i]`. */
  readonly edges: number[]
  readonly rawEdges: GraphEdge[]
}

export function graphCacheFile(env: NodeJS.ProcessEnv, graphPath: string): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache")
  const name = createHash("sha256").update(graphPath).digest("hex").slice(0, 24)
  return join(base, "kube-notes", "reader", `${name}.json`)
}

/** The cached graph for exactly this graph.json (same path, size and mtime); else undefined. */
export async function readGraphCache(cacheFile: string, key: GraphFileKey): Promise<Graph | undefined> {
  try {
    const cache = JSON.parse(await readFile(cacheFile, "utf8")) as CacheFile
    if (cache.version !== VERSION || !sameKey(cache.key, key)) return undefined
    const nodes = cache.graph.nodes
    const { edges, edgeKinds, rawEdges } = cache
    if (edges.length % 3 !== 0) return undefined
    const decoded: GraphEdge[] = new Array(edges.length / 3)
    for (let i = 0; i < edges.length; i += 3) {
      const from = edges[i] as number
      const edge =
        from === -1
          ? rawEdges[edges[i + 1] as number]
          : ({
              from: nodes[from]?.id,
              to: nodes[edges[i + 1] as number]?.id,
              kind: edgeKinds[edges[i + 2] as number],
            } as GraphEdge)
      if (typeof edge?.from !== "string" || typeof edge.to !== "string" || typeof edge.kind !== "string")
        return undefined
      decoded[i / 3] = edge
    }
    return { ...cache.graph, edges: decoded }
  } catch {
    return undefined
  }
}

/** Writes the cache for a graph read from graph.json. */
export async function writeGraphCache(cacheFile: string, key: GraphFileKey, graph: Graph): Promise<void> {
  const index = new Map<string, number>()
  for (const [i, node] of graph.nodes.entries()) index.set(node.id, i)
  const edgeKinds: string[] = []
  const edges: number[] = []
  const rawEdges: GraphEdge[] = []
  for (const edge of graph.edges) {
    const from = index.get(edge.from)
    const to = index.get(edge.to)
    if (from === undefined || to === undefined || Object.keys(edge).length !== 3) {
      edges.push(-1, rawEdges.length, 0)
      rawEdges.push(edge)
      continue
    }
    let kind = edgeKinds.indexOf(edge.kind)
    if (kind < 0) kind = edgeKinds.push(edge.kind) - 1
    edges.push(from, to, kind)
  }
  const cache: CacheFile = {
    version: VERSION,
    key,
    graph: { ...graph, edges: [] },
    edgeKinds,
    edges,
    rawEdges,
  }
  await mkdir(join(cacheFile, ".."), { recursive: true })
  // Write then rename: a reader starting meanwhile sees the old cache or the new, never half.
  const temp = `${cacheFile}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(cache))
  await rename(temp, cacheFile)
}

function sameKey(a: GraphFileKey | undefined, b: GraphFileKey): boolean {
  return a?.path === b.path && a.size === b.size && a.mtimeMs === b.mtimeMs
}
