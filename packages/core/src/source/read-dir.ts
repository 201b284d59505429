/**
 * The disk adapter: walks a folder of notes into a ContentSource. Symlinks are followed only
 * while they stay inside the folder; loops and escapes become problems, never hangs.
 */
import type { Dirent } from "node:fs"
import { readdir, readFile, realpath, stat } from "node:fs/promises"
import { join, relative, sep } from "node:path"
import { createDiagnostic } from "../diagnostics.ts"
import { CONFIG_FILE, type ConfigReading, DEFAULT_CONFIG, parseContentConfig } from "./config.ts"
import { type ContentSource, isNotePath, type SourceProblem } from "./types.ts"

export interface ReadDirOptions {
  /** Top-level names or relative paths to skip, on top of the defaults and `kube-notes.json`'s `ignore`. */
  readonly ignore?: readonly string[]
  /** File name of the glossary sidecar. @default "glossary.yaml" */
  readonly glossaryName?: string
}

/** Always skipped: tool folders that never hold notes. */
const DEFAULT_IGNORE = ["node_modules", "dist", ".git", ".turbo", ".next", "out", ".cache"]

export async function readContentDir(root: string, options: ReadDirOptions = {}): Promise<ContentSource> {
  const rootReal = await realpath(root)
  const { config, diagnostics } = await readContentConfig(root)
  const ignore = new Set([...DEFAULT_IGNORE, CONFIG_FILE, ...(options.ignore ?? []), ...config.ignore])
  const glossaryName = options.glossaryName ?? "glossary.yaml"
  const source: ContentSource = {
    notes: [],
    assets: [],
    // Only `invalid-config` and `unreadable-file` come from reading the settings.
    problems: diagnostics.map(({ file, line, column, rule, message }) => ({
      path: file,
      rule: rule as "invalid-config" | "unreadable-file",
      message,
      line,
      column,
    })),
  }
  const seenDirs = new Set<string>([rootReal])
  /** What the walk met, in its order; the files' bytes come in later, read several at a time. */
  const found: Found[] = []

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      found.push({
        problem: { path: toPosix(relative(root, dir)), rule: "unreadable-file", message: describe(error) },
      })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const { name } = entry
      const full = join(dir, name)
      const path = toPosix(relative(root, full)).normalize("NFC")
      if (name.startsWith(".") || ignore.has(name) || ignore.has(path)) continue
      try {
        let info: { isDirectory(): boolean; isFile(): boolean } = entry
        if (entry.isSymbolicLink()) {
          const target = await realpath(full).catch(() => undefined)
          if (!target || !isInside(rootReal, target)) {
            found.push({
              problem: {
                path,
                rule: "unsafe-path",
                message: `Symbolic link ${path} points outside the content folder or nowhere; it was skipped. Copy the file into the folder instead.`,
              },
            })
            continue
          }
          info = await stat(full)
          if (info.isDirectory()) {
            if (seenDirs.has(target)) continue // a loop, or a folder already walked
            seenDirs.add(target)
          }
        }
        if (info.isDirectory()) await walk(full)
        else if (info.isFile()) {
          if (path === glossaryName) found.push({ file: { path, full, glossary: true } })
          else if (isNotePath(name)) found.push({ file: { path, full, glossary: false } })
          else source.assets.push(path)
        }
      } catch (error) {
        found.push({ problem: { path, rule: "unreadable-file", message: describe(error) } })
      }
    }
  }
  await walk(root)
  const read = await readFiles(found.flatMap((item) => ("file" in item ? [item.file.full] : [])))
  let next = 0
  for (const item of found) {
    if ("problem" in item) {
      source.problems?.push(item.problem)
      continue
    }
    const { path, glossary } = item.file
    const result = read[next++] as ReadResult
    if ("error" in result)
      source.problems?.push({ path, rule: "unreadable-file", message: describe(result.error) })
    else if (glossary) source.glossary = { path, bytes: result.bytes }
    else source.notes.push({ path, bytes: result.bytes })
  }
  return source
}

type Found = { problem: SourceProblem } | { file: { path: string; full: string; glossary: boolean } }
type ReadResult = { bytes: Buffer } | { error: unknown }

/**
 * Files read this many at a time: one after another, each read waits for the last (1,000
 * notes took 0.2–0.5 s, a third of a cold build's start); all at once could run out of file
 * descriptors in a large folder.
 */
const READS_IN_FLIGHT = 16

/** Every file's bytes or its read error, in the order given. */
async function readFiles(paths: readonly string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array(paths.length)
  let next = 0
  const reader = async () => {
    while (next < paths.length) {
      const index = next++
      try {
        results[index] = { bytes: await readFile(paths[index] as string) }
      } catch (error) {
        results[index] = { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, paths.length) }, reader))
  return results
}

/**
 * The folder's `kube-notes.json`, validated: no file means the defaults; an unreadable or
 * invalid one gives diagnostics and the defaults for what could not be read.
 */
export async function readContentConfig(root: string): Promise<ConfigReading> {
  let text: string
  try {
    text = await readFile(join(root, CONFIG_FILE), "utf8")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { config: DEFAULT_CONFIG, diagnostics: [] }
    return {
      config: DEFAULT_CONFIG,
      diagnostics: [createDiagnostic(CONFIG_FILE, undefined, "unreadable-file", describe(error))],
    }
  }
  return parseContentConfig(text, CONFIG_FILE)
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + sep)
}

function toPosix(path: string): string {
  return path.split(sep).join("/")
}

function describe(error: unknown): string {
  return `Could not read it (${error instanceof Error ? error.message : String(error)}); check its permissions.`
}
