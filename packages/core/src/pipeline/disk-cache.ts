/**
 * The analysis cache on disk: one file per note, named by the hash of the analysis version,
 * the note's path and its bytes, so a changed parser or note never reads a stale entry.
 * Lives under $XDG_CACHE_HOME/kube-notes (default ~/.cache/kube-notes). Unreadable entries are
 * treated as missing; write failures are ignored (a cache must never break a build).
 * Entries are JSON: analyses are plain JSON data, and JSON.parse rebuilds them about twice as
 * fast as v8.deserialize, which is most of a warm rebuild's time (bench/). Each file is two
 * lines: the analysis without its trees, then the trees (held-trees.ts), so an analysis whose
 * trees are held as bytes is written without encoding them again.
 * With `defer`, `set` only remembers the analysis (served by `get` meanwhile) and `flush()`
 * writes what was set: a build that writes its output first leaves its cache writes until then
 * (analyses are never changed once made — assembly copies what it annotates —, so the text
 * written later is the one written now).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { join } from "node:path"
import type { NoteAnalysis } from "../analyze/types.ts"
import type { AnalysisCache } from "./graph-builder.ts"
import { lightPart, treesJson, treesOf, withTrees } from "./held-trees.ts"

const NEWLINE = Buffer.from("\n")

/** `env`: whose XDG_CACHE_HOME counts (the CLI passes its own, so tests can run it in-process). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache")
  return join(base, "kube-notes")
}

export interface DiskCache extends AnalysisCache {
  /** Writes the analyses `set` kept back (with `defer`); nothing to do otherwise. */
  flush(): void
}

export function createDiskCache(
  dir: string = defaultCacheDir(),
  options: { defer?: boolean } = {},
): DiskCache {
  // Named for the two-line layout: files of the one-JSON layout before it are never read.
  const root = join(dir, "analyses-held")
  /** Folders made by this process (a mkdir per note was a syscall per note). */
  const made = new Set<string>()
  const held = new Map<string, NoteAnalysis>()
  const write = (hash: string, analysis: NoteAnalysis) => {
    try {
      const folder = join(root, hash.slice(0, 2))
      if (!made.has(folder)) mkdirSync(folder, { recursive: true })
      made.add(folder)
      const temporary = join(folder, `${hash}.${process.pid}.tmp`)
      const trees = treesOf(analysis) ?? Buffer.from(treesJson(analysis))
      writeFileSync(
        temporary,
        Buffer.concat([Buffer.from(JSON.stringify(lightPart(analysis))), NEWLINE, trees]),
      )
      renameSync(temporary, join(folder, hash))
    } catch {
      // A read-only or full disk only costs speed.
    }
  }
  /** The entry's two lines (the light part, then the trees), or undefined when unreadable. */
  const read = (hash: string): { bytes: Buffer; end: number } | undefined => {
    try {
      const bytes = readFileSync(join(root, hash.slice(0, 2), hash))
      const end = bytes.indexOf(10)
      return end < 0 ? undefined : { bytes, end }
    } catch {
      return undefined
    }
  }
  return {
    takesHeldTrees: true,
    get(hash) {
      const kept = held.get(hash)
      if (kept) return kept
      const entry = read(hash)
      if (!entry) return undefined
      try {
        const light = JSON.parse(entry.bytes.toString("utf8", 0, entry.end)) as NoteAnalysis
        return withTrees(light, entry.bytes.subarray(entry.end + 1))
      } catch {
        return undefined
      }
    },
    getTrees(hash) {
      const kept = held.get(hash)
      if (kept) return treesOf(kept) ?? Buffer.from(treesJson(kept))
      const entry = read(hash)
      return entry?.bytes.subarray(entry.end + 1)
    },
    set(hash, analysis) {
      if (options.defer) held.set(hash, analysis)
      else write(hash, analysis)
    },
    flush() {
      for (const [hash, analysis] of held) write(hash, analysis)
      held.clear()
    },
  }
}
