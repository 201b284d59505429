/**
 * core's AnalysisCache on disk: one JSON file per note analysis, named by the note's content
 * hash, so an unchanged note is never parsed twice across runs. A damaged entry is a miss.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { join } from "node:path"
import type { AnalysisCache } from "@kube-notes/core"

export function getCacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kube-notes", "analysis")
}

export function createDiskCache(dir: string): AnalysisCache {
  let ready = false
  return {
    get(hash) {
      try {
        return JSON.parse(readFileSync(join(dir, `${hash}.json`), "utf8"))
      } catch {
        return undefined
      }
    },
    set(hash, analysis) {
      try {
        if (!ready) mkdirSync(dir, { recursive: true })
        ready = true
        writeFileSync(join(dir, `${hash}.json`), JSON.stringify(analysis))
      } catch {
        // A cache that cannot be written only costs time next run.
      }
    },
  }
}
