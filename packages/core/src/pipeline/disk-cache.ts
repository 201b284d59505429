/**
 * The analysis cache on disk: one file per note, named by the hash of the analysis version,
 * the note's path and its bytes, so a changed parser or note never reads a stale entry.
 * Lives under $XDG_CACHE_HOME/kube-notes (default ~/.cache/kube-notes). Unreadable entries are
 * treated as missing; write failures are ignored (a cache must never break a build).
 * Entries are JSON: analyses are plain JSON data, and JSON.parse rebuilds them about twice as
 * fast as v8.deserialize, which is most of a warm rebuild's time (bench/).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { join } from "node:path"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { AnalysisCache } from "./graph-builder.ts"

/** `env`: whose XDG_CACHE_HOME counts (the CLI passes its own, so tests can run it in-process). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache")
  return join(base, "kube-notes")
}

export function createDiskCache(dir: string = defaultCacheDir()): AnalysisCache {
  const root = join(dir, "analyses-json")
  let ready = false
  return {
    get(hash) {
      try {
        return JSON.parse(readFileSync(join(root, hash.slice(0, 2), hash), "utf8")) as NoteAnalysis
      } catch {
        return undefined
      }
    },
    set(hash, analysis) {
      try {
        const folder = join(root, hash.slice(0, 2))
        if (!ready) mkdirSync(root, { recursive: true })
        ready = true
        mkdirSync(folder, { recursive: true })
        const temporary = join(folder, `${hash}.${process.pid}.tmp`)
        writeFileSync(temporary, JSON.stringify(analysis))
        renameSync(temporary, join(folder, hash))
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  }
}
