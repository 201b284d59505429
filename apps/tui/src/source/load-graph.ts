/**
 * The three places a graph comes from: the packaged notes (default, no parsing), a built
 * graph.json (--graph), or a folder parsed live with core (--content). Core is imported
 * only in the last case: it pulls in unified, which the other two never need.
 */
import { open } from "node:fs/promises"
import { resolve } from "node:path"
import type { Graph } from "@kube-notes/graph"
import { UsageError } from "../cli/usage-error.ts"
import { type GraphFileKey, graphCacheFile, readGraphCache, writeGraphCache } from "./graph-cache.ts"
import { type MdastRange, parseGraphBytes } from "./parse-graph-lazily.ts"

export interface GraphSourceOptions {
  readonly content?: string | undefined
  readonly graph?: string | undefined
  readonly cwd: string
  /** Whose XDG_CACHE_HOME holds core's analysis cache for --content. @default process.env */
  readonly env?: NodeJS.ProcessEnv | undefined
  /** Use the reader's cache of --graph files (the interactive reader; not one-off commands). */
  readonly cacheEnv?: NodeJS.ProcessEnv | undefined
}

export async function loadGraphFrom(options: GraphSourceOptions): Promise<Graph> {
  if (options.content !== undefined && options.graph !== undefined)
    throw new UsageError("Use either --content or --graph, not both.")
  if (options.graph !== undefined) return readGraphFile(resolve(options.cwd, options.graph), options.cacheEnv)
  if (options.content !== undefined) {
    const dir = await checkDir(resolve(options.cwd, options.content))
    const { buildGraphFromDir, defaultCacheDir } = await import("@kube-notes/core")
    return buildGraphFromDir(dir, { cache: defaultCacheDir(options.env) })
  }
  const { loadGraph } = await import("@kube-notes/content")
  return loadGraph().catch(() => {
    throw new UsageError("The packaged notes are not built yet. Run `pnpm build` (or pass --content DIR).")
  })
}

/**
 * Reads a graph.json with its mdast left lazy. With `cacheEnv` (the interactive reader) it
 * also uses the reader's cache of this file (graph-cache.ts), writing it shortly after the
 * load when it was missing or stale: the first frame does not wait for that.
 */
export async function readGraphFile(file: string, cacheEnv?: NodeJS.ProcessEnv): Promise<Graph> {
  const { bytes, key } = await readGraphBytes(file)
  const cacheFile = cacheEnv ? graphCacheFile(cacheEnv, file) : undefined
  const cached = cacheFile ? await readGraphCache(cacheFile, key, bytes) : undefined
  if (cached) return cached
  let graph: Graph
  let ranges: readonly MdastRange[]
  try {
    // Topic and note mdast stays unparsed until a page or the search index reads it.
    const parsed = parseGraphBytes(bytes)
    const value = parsed.value as Graph
    if (!Array.isArray(value.nodes) || !Array.isArray(value.edges)) throw new Error("not a graph")
    graph = { ...value, diagnostics: Array.isArray(value.diagnostics) ? value.diagnostics : [] }
    ranges = parsed.ranges
  } catch {
    throw new UsageError(`${file} is not a kube-notes graph.json. Build it again with \`kube-notes build\`.`)
  }
  if (cacheFile) {
    const write = () => writeGraphCache(cacheFile, key, graph, ranges).catch(() => {})
    // unref: a reader quit within the second just skips the cache, it never waits for it.
    setTimeout(write, CACHE_WRITE_DELAY_MS).unref()
  }
  return graph
}

/**
 * Writes the reader's cache for a graph.json that `kube-notes build` just wrote, so the
 * reader's first start on it is a cached one too. A fresh cache is left as it is.
 */
export async function primeGraphCache(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { bytes, key } = await readGraphBytes(file)
  const cacheFile = graphCacheFile(env, file)
  if (await readGraphCache(cacheFile, key, bytes)) return
  const parsed = parseGraphBytes(bytes)
  await writeGraphCache(cacheFile, key, parsed.value as Graph, parsed.ranges)
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
    throw new UsageError(`Cannot read ${file}. Build it with \`kube-notes build --out DIR\`.`)
  }
}

/** Long enough for the first frame to be on screen before the cache is written. */
export const CACHE_WRITE_DELAY_MS = 1000

export async function checkDir(dir: string): Promise<string> {
  const { stat } = await import("node:fs/promises")
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory())
    throw new UsageError(`${dir} is not a folder. Pass --content with a folder of notes.`)
  return dir
}
