/** One-shot builds from a source, and the builder `buildGraphFromDir` uses: disk cache and workers. */
import type { ContentSource } from "../source/types.ts"
import type { DirBuildOptions } from "./build-dir.ts"
import { createDiskCache } from "./disk-cache.ts"
import type { BuiltGraph } from "./graph-bodies.ts"
import { createGraphBuilder, type GraphBuilderOptions } from "./graph-builder.ts"
import { createParallelAnalyzer, createTreeWorkers } from "./worker-pool.ts"

/** The graph of a source and, apart from it, its notes' bodies. */
export function buildGraph(source: ContentSource, options: GraphBuilderOptions = {}): Promise<BuiltGraph> {
  return createGraphBuilder(options).build(source)
}

export function createDirBuilder(options: DirBuildOptions = {}) {
  return createGraphBuilder({
    ...(options.cache === false ? {} : { cache: createDiskCache(options.cache) }),
    analyzeMany: createParallelAnalyzer(threadsOf(options)),
  })
}

/**
 * A folder's graph built once, as `buildGraphFromDir` does. Without a disk cache (a cold
 * build) the workers keep the trees of the notes they analyse and build those notes'
 * fragments: no analysis needs to come back whole, since nothing is cached or updated after.
 */
export function buildDirOnce(source: ContentSource, options: DirBuildOptions = {}): Promise<BuiltGraph> {
  if (options.cache !== false) return createDirBuilder(options).build(source)
  return createGraphBuilder({ treeWorkers: createTreeWorkers(threadsOf(options)) }).build(source)
}

function threadsOf(options: DirBuildOptions) {
  return options.threads === undefined ? {} : { threads: options.threads }
}
