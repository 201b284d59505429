/** One-shot builds: from a source, or straight from a folder, with the disk cache and workers by default. */
import type { Graph } from "@kube-notes/graph"
import { type ReadDirOptions, readContentDir } from "../source/read-dir.ts"
import type { ContentSource } from "../source/types.ts"
import { createDiskCache, defaultCacheDir } from "./disk-cache.ts"
import { createGraphBuilder, type GraphBuilderOptions } from "./graph-builder.ts"
import { fingerprintSource, readCachedGraph, writeCachedGraph } from "./graph-cache.ts"
import { createParallelAnalyzer } from "./worker-pool.ts"

export function buildGraph(source: ContentSource, options: GraphBuilderOptions = {}): Promise<Graph> {
  return createGraphBuilder(options).build(source)
}

export interface DirBuildOptions extends ReadDirOptions {
  /** Folder of the analysis cache; `false` for a cold build. @default $XDG_CACHE_HOME/kube-notes */
  readonly cache?: string | false
  /** Worker threads for parsing; 1 parses in this thread. @default os.availableParallelism() */
  readonly threads?: number
}

/**
 * Builds a folder of notes the way the CLI does: on every core, with note analyses cached by
 * content, and the whole graph reused when nothing in the folder changed.
 */
export async function buildGraphFromDir(dir: string, options: DirBuildOptions = {}): Promise<Graph> {
  const source = await readContentDir(dir, options)
  if (options.cache === false) return createDirBuilder(options).build(source)
  const cacheDir = options.cache ?? defaultCacheDir()
  const fingerprint = fingerprintSource(source)
  const cached = await readCachedGraph(cacheDir, dir, fingerprint)
  if (cached) return cached
  const graph = await createDirBuilder(options).build(source)
  await writeCachedGraph(cacheDir, dir, fingerprint, graph)
  return graph
}

export function createDirBuilder(options: DirBuildOptions = {}) {
  return createGraphBuilder({
    ...(options.cache === false ? {} : { cache: createDiskCache(options.cache) }),
    analyzeMany: createParallelAnalyzer(options.threads === undefined ? {} : { threads: options.threads }),
  })
}
