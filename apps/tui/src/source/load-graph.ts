/**
 * The three places a graph comes from: the packaged notes (default, no parsing), a built
 * graph.json (--graph, bodies from the `bodies/` folder beside it), or a folder parsed live
 * with core (--content, bodies in memory). Core is imported only in the last case: it pulls
 * in unified, which the other two never need.
 */
import { open } from "node:fs/promises"
import { resolve } from "node:path"
import { decodeGraph, type Graph } from "@kube-notes/graph"
import { UsageError } from "../cli/usage-error.ts"
import { createFileBodies, type LoadedGraph } from "./bodies.ts"
import { type GraphFileKey, graphCacheFile, readGraphCache, writeGraphCache } from "./graph-cache.ts"

export interface GraphSourceOptions {
  readonly content?: string | undefined
  readonly graph?: string | undefined
  readonly cwd: string
  /** Whose XDG_CACHE_HOME holds core's analysis cache for --content. @default process.env */
  readonly env?: NodeJS.ProcessEnv | undefined
  /** Use the reader's cache of --graph files (the interactive reader; not one-off commands). */
  readonly cacheEnv?: NodeJS.ProcessEnv | undefined
}

/** The graph, and its bodies read per opened note. */
export async function loadGraphFrom(options: GraphSourceOptions): Promise<LoadedGraph> {
  if (options.content !== undefined && options.graph !== undefined)
    throw new UsageError((m) => m.errors.contentOrGraph)
  if (options.graph !== undefined) {
    const file = resolve(options.cwd, options.graph)
    const graph = await readGraphFile(file, options.cacheEnv)
    return { graph, getBody: createFileBodies(file, graph) }
  }
  if (options.content !== undefined) {
    const dir = await checkDir(resolve(options.cwd, options.content))
    const { buildGraphFromDir, defaultCacheDir } = await import("@kube-notes/core/dir")
    const { graph, bodies } = await buildGraphFromDir(dir, { cache: defaultCacheDir(options.env) })
    return { graph, getBody: (id) => bodies.getBody(id) }
  }
  const { loadGraph, getTopicBody } = await import("@kube-notes/content")
  const graph = await loadGraph().catch(() => {
    throw new UsageError((m) => m.errors.notBuilt)
  })
  return { graph, getBody: getTopicBody }
}

/**
 * Reads a graph.json. With `cacheEnv` (the interactive reader) it also uses the reader's
 * cache of this file (graph-cache.ts), writing it shortly after the load when it was missing
 * or stale: the first frame does not wait for that.
 */
export async function readGraphFile(file: string, cacheEnv?: NodeJS.ProcessEnv): Promise<Graph> {
  const { bytes, key } = await readGraphBytes(file)
  const cacheFile = cacheEnv ? graphCacheFile(cacheEnv, file) : undefined
  const cached = cacheFile ? await readGraphCache(cacheFile, key) : undefined
  if (cached) return cached
  const graph = parseGraph(bytes, file)
  if (cacheFile) {
    const write = () => writeGraphCache(cacheFile, key, graph).catch(() => {})
    // unref: a reader quit within the second just skips the cache, it never waits for it.
    setTimeout(write, CACHE_WRITE_DELAY_MS).unref()
  }
  return graph
}

/** graph.json's text → the graph (decodeGraph checks the file's structure). */
function parseGraph(bytes: Buffer, file: string): Graph {
  try {
    return decodeGraph(JSON.parse(bytes.toString("utf8")))
  } catch {
    throw new UsageError((m) => m.errors.notAGraph(file))
  }
}

/**
 * Writes the reader's cache for a graph.json that `kube-notes build` just wrote, so the
 * reader's first start on it is a cached one too. A fresh cache is left as it is.
 */
export async function primeGraphCache(file: string, env: NodeJS.ProcessEnv, graph?: Graph): Promise<void> {
  const { bytes, key } = await readGraphBytes(file)
  const cacheFile = graphCacheFile(env, file)
  if (await readGraphCache(cacheFile, key)) return
  await writeGraphCache(cacheFile, key, graph ?? parseGraph(bytes, file))
}

async function readGraphBytes(file: string): Promise<{ bytes: Buffer; key: GraphFileKey }> {
  try {
    // One handle for stat and read: the key describes exactly the bytes that were read.
    const handle = await open(file)
    try {
      const info = await handle.stat()
      const bytes = await handle.readFile()
      return { bytes, key: { path: file, size: info.size, mtimeMs: info.mtimeMs } }
    } finally {
      await handle.close()
    }
  } catch {
    throw new UsageError((m) => m.errors.cannotRead(file))
  }
}

/** Long enough for the first frame to be on screen before the cache is written. */
export const CACHE_WRITE_DELAY_MS = 1000

export async function checkDir(dir: string): Promise<string> {
  const { stat } = await import("node:fs/promises")
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new UsageError((m) => m.errors.notAFolder(dir))
  return dir
}
