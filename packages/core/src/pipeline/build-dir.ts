/**
 * `buildGraphFromDir`, the CLI's build: the folder read and fingerprinted, the last graph of
 * an unchanged folder read back from the cache, and only otherwise the builder loaded (and
 * with it unified, remark and micromark: about a third of a warm build's CPU time was
 * loading them, for a graph that was already built).
 */
import { type ReadDirOptions, readContentDir } from "../source/read-dir.ts"
import { defaultCacheDir } from "./disk-cache.ts"
import type { BuiltGraph } from "./graph-bodies.ts"
import { fingerprintSource, readCachedGraph, writeCachedGraph } from "./graph-cache.ts"

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
  const cacheDir = options.cache === false ? undefined : (options.cache ?? defaultCacheDir())
  const cached = cacheDir === undefined ? undefined : await readCachedGraph(cacheDir, dir, fingerprint)
  // As it is: its graph is a getter, parsed on first use (a spread would parse it now).
  if (cached) return cached
  const { createDirBuilder } = await import("./build-graph.ts")
  const built = await createDirBuilder(options).build(source)
  if (cacheDir !== undefined) await writeCachedGraph(cacheDir, dir, fingerprint, built)
  return { ...built, fingerprint }
}
