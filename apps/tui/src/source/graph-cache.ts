/**
 * The reader's cache of a graph.json, so a large graph opens without parsing it again.
 *
 * Even with mdast left unparsed (parse-graph-lazily.ts), a 1,000-note graph.json still has
 * 13 MB of nodes and edges to decode and parse, and every edge repeats two ids as fresh
 * strings. The cache keeps the nodes without mdast, the edges as node indexes (so their
 * ids are the nodes' own strings) and where each mdast sits in graph.json: loading it is
 * one small JSON.parse. The mdast itself is still read from graph.json, lazily.
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
import { attachLazyMdast, type MdastRange } from "./parse-graph-lazily.ts"

const VERSION = 1

export interface GraphFileKey {
  readonly path: string
  readonly size: number
  readonly mtimeMs: number
}

interface CacheFile {
  readonly version: typeof VERSION
  readonly key: GraphFileKey
  /** The graph without `mdast` on any node and with `edges: []`. */
  readonly graph: Graph
  readonly edgeKinds: string[]
  /** `from, to, kind` as indexes into nodes and edgeKinds; `-1, i, 0` is `rawEdges[i]`. */
  readonly edges: number[]
  readonly rawEdges: GraphEdge[]
  /** `node, start, end` triples into graph.json's bytes. */
  readonly mdast: number[]
}

export function graphCacheFile(env: NodeJS.ProcessEnv, graphPath: string): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache")
  const name = createHash("sha256").update(graphPath).digest("hex").slice(0, 24)
  return join(base, "kube-notes", "reader", `${name}.json`)
}

/** The cached graph for exactly this graph.json, with lazy mdast over `bytes`; else undefined. */
export async function readGraphCache(
  cacheFile: string,
  key: GraphFileKey,
  bytes: Buffer,
): Promise<Graph | undefined> {
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
    const ranges: MdastRange[] = []
    for (let i = 0; i < cache.mdast.length; i += 3) {
      const [node, start, end] = cache.mdast.slice(i, i + 3) as [number, number, number]
      // A range must still frame an object in these bytes (the key says they are the same).
      if (!nodes[node] || bytes[start] !== 0x7b || bytes[end - 1] !== 0x7d || end > bytes.length)
        return undefined
      ranges.push([node, start, end])
    }
    attachLazyMdast(nodes, bytes, ranges)
    return { ...cache.graph, edges: decoded }
  } catch {
    return undefined
  }
}

/**
 * Writes the cache for a graph parsed from graph.json. Never reads `mdast` (that would parse
 * every lazy tree): the nodes are copied key by key without it.
 */
export async function writeGraphCache(
  cacheFile: string,
  key: GraphFileKey,
  graph: Graph,
  ranges: readonly MdastRange[],
): Promise<void> {
  // After a fallback to a full parse some mdast has no range: such a cache would lose it.
  const covered = new Set(ranges.map((range) => range[0]))
  if (graph.nodes.some((node, i) => Object.hasOwn(node, "mdast") && !covered.has(i))) return
  const index = new Map<string, number>()
  const nodes = graph.nodes.map((node, i) => {
    index.set(node.id, i)
    const copy: Record<string, unknown> = {}
    for (const name of Object.keys(node)) if (name !== "mdast") copy[name] = node[name as keyof typeof node]
    return copy
  })
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
  const cache = {
    version: VERSION,
    key,
    graph: { ...graph, nodes, edges: [] },
    edgeKinds,
    edges,
    rawEdges,
    mdast: ranges.flat(),
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
