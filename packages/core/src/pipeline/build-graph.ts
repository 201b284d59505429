/** One-shot builds: from a source, or straight from a folder, with the disk cache and workers by default. */
import { type ReadDirOptions, readContentDir } from "../source/read-dir.ts"
import type { ContentSource } from "../source/types.ts"
import { createDiskCache, defaultCacheDir } from "./disk-cache.ts"
import type { BuiltGraph } from "./graph-bodies.ts"
import { createGraphBuilder, type GraphBuilderOptions } from "./graph-builder.ts"
import { fingerprintSource, readCachedGraph, writeCachedGraph } from "./graph-cache.ts"
import { createParallelAnalyzer } from "./worker-pool.ts"

/** The graph of a source and, apart from it, its notes' bodies. */
export function buildGraph(source: ContentSource, options: GraphBuilderOptions = {}): Promise<BuiltGraph> {
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
export async function buildGraphFromDir(dir: string, options: DirBuildOptions = {}): Promise<BuiltGraph> {
  const source = await readContentDir(dir, options)
  const fingerprint = fingerprintSource(source)
  if (options.cache === false) return { ...(await createDirBuilder(options).build(source)), fingerprint }
  const cacheDir = options.cache ?? defaultCacheDir()
  const cached = await readCachedGraph(cacheDir, dir, fingerprint)
  if (cached) return { ...cached, fingerprint }
  const built = await createDirBuilder(options).build(source)
  await writeCachedGraph(cacheDir, dir, fingerprint, built)
  return { ...built, fingerprint }
}

export function createDirBuilder(options: DirBuildOptions = {}) {
  return createGraphBuilder({
    ...(options.cache === false ? {} : { cache: createDiskCache(options.cache) }),
    analyzeMany: createParallelAnalyzer(options.threads === undefined ? {} : { threads: options.threads }),
  })
}
