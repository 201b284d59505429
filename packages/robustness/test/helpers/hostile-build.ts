/**
 * The hostile folder's cold build (no cache, in this thread), made once per test worker and
 * shared by the files that only read a graph of it: the content package's query API, the CLI's
 * list of what to show, the reader. Each of them built the very same folder cold before, a
 * parse of the whole hostile corpus per file. Nothing changes the graph or its bodies (they are
 * in memory: the folder is removed once built). With `isolate: false` (vitest.config.ts) the
 * files of a worker share this module; a file run alone builds it itself.
 */
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { buildGraphFromDir, type DirBuiltGraph } from "@kube-notes/core"
import { writeHostileFolder } from "../../src/hostile-folder.ts"

let building: Promise<DirBuiltGraph> | undefined

export function hostileBuild(): Promise<DirBuiltGraph> {
  building ??= (async () => {
    const base = await mkdtemp(join(tmpdir(), "kube-notes-hostile-build-"))
    try {
      const root = join(base, "content")
      await writeHostileFolder(root, join(base, "outside"))
      return await buildGraphFromDir(root, { cache: false, threads: 1 })
    } finally {
      await rm(base, { recursive: true, force: true })
    }
  })()
  return building
}
