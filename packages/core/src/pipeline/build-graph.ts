/** One-shot builds from a source, and the builder `buildGraphFromDir` uses: disk cache and workers. */
import type { ContentSource } from "../source/types.ts"
import type { DirBuildOptions } from "./build-dir.ts"
import { createDiskCache } from "./disk-cache.ts"
import type { BuiltGraph } from "./graph-bodies.ts"
import { type AnalysisCache, createGraphBuilder, type GraphBuilderOptions } from "./graph-builder.ts"
import { createParallelAnalyzer } from "./worker-pool.ts"

/** The graph of a source and, apart from it, its notes' bodies. */
export function buildGraph(source: ContentSource, options: GraphBuilderOptions = {}): Promise<BuiltGraph> {
  return createGraphBuilder(options).build(source)
}

/**
 * `cache`: the analysis cache, when the caller made it (build-dir.ts defers its writes);
 * `releaseTrees` (see GraphBuilderOptions): by default when the cache is core's disk cache,
 * which holds every note's trees already: a fragment built again reads them from its entry, so
 * a builder kept for updates does not hold them too (≈ 110 MB at 5,000 notes).
 */
export function createDirBuilder(
  options: DirBuildOptions = {},
  cache: AnalysisCache | undefined = options.cache === false ? undefined : createDiskCache(options.cache),
  releaseTrees = cache?.takesHeldTrees === true,
) {
  return createGraphBuilder({
    ...(cache ? { cache } : {}),
    analyzeMany: createParallelAnalyzer({
      holdTrees: true,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    }),
    ...(releaseTrees ? { releaseTrees } : {}),
  })
}
