/**
 * `buildGraphFromDir`, the CLI's build: the folder read and fingerprinted, the last graph of
 * an unchanged folder read back from the cache, and only otherwise the builder loaded (and
 * with it unified, remark and micromark: about a third of a warm build's CPU time was
 * loading them, for a graph that was already built). A folder that changed since its last
 * build is built by a builder restored from that build's state: as an update, only the
 * changed notes are analysed and only the fragments the change touches are assembled.
 * With `deferCacheWrites` the caches (analyses, saved graph, builder state) are written only
 * when the caller asks (`saveCache()`): a site build writes its output first and the caches
 * while its other thread builds the search index and the graph view.
 */
import { type ReadDirOptions, readContentDir } from "../source/read-dir.ts"
import { createDiskCache, defaultCacheDir } from "./disk-cache.ts"
import type { BuiltGraph } from "./graph-bodies.ts"
import { fingerprintSource, readBuilderState, readCachedGraph, writeCachedGraph } from "./graph-cache.ts"

export interface DirBuildOptions extends ReadDirOptions {
  /** Folder of the analysis cache; `false` for a cold build. @default $XDG_CACHE_HOME/kube-notes */
  readonly cache?: string | false
  /**
   * Threads to parse on, this one included; 1 parses in this thread alone. By default
   * os.availableParallelism(), from 2 MiB of notes to analyse on (pool-threshold.ts).
   */
  readonly threads?: number
  /**
   * Leave the cache writes to the result's `saveCache()` instead of making them before the
   * build returns. @default false
   */
  readonly deferCacheWrites?: boolean
}

export interface DirBuiltGraph extends BuiltGraph {
  /** With `deferCacheWrites`, writes the caches of a build that made something new. */
  readonly saveCache?: () => Promise<void>
}

/**
 * Builds a folder of notes the way the CLI does: on every core, with note analyses cached by
 * content, and the whole graph reused when nothing in the folder changed.
 */
export async function buildGraphFromDir(dir: string, options: DirBuildOptions = {}): Promise<DirBuiltGraph> {
  const source = await readContentDir(dir, options)
  const fingerprint = fingerprintSource(source)
  const cacheDir = options.cache === false ? undefined : (options.cache ?? defaultCacheDir())
  const cached = cacheDir === undefined ? undefined : await readCachedGraph(cacheDir, dir, fingerprint)
  // As it is: its graph is a getter, parsed on first use (a spread would parse it now).
  if (cached) return cached
  const { createDirBuilder } = await import("./build-graph.ts")
  const analyses =
    cacheDir === undefined
      ? undefined
      : createDiskCache(cacheDir, { defer: options.deferCacheWrites === true })
  // Built once: each note's mdast goes once its fragment is built (the bodies keep theirs).
  const builder = createDirBuilder(options, analyses, true)
  const state = cacheDir === undefined ? undefined : await readBuilderState(cacheDir, dir)
  if (state) builder.restore(state)
  const built = { ...(await builder.build(source)), fingerprint }
  if (cacheDir === undefined) return built
  const saveCache = async () => {
    analyses?.flush()
    await writeCachedGraph(cacheDir, dir, fingerprint, built, builder.snapshot())
  }
  if (!options.deferCacheWrites) {
    await saveCache()
    return built
  }
  return { ...built, saveCache }
}
