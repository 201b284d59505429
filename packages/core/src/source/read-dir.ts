/**
 * The disk adapter: walks a folder of notes into a ContentSource. Symlinks are followed only
 * while they stay inside the folder; loops and escapes become problems, never hangs.
 */
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises"
import { join, relative, sep } from "node:path"
import { createDiagnostic } from "../diagnostics.ts"
import { CONFIG_FILE, type ConfigReading, DEFAULT_CONFIG, parseContentConfig } from "./config.ts"
import { type ContentSource, isNotePath } from "./types.ts"

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

  const walk = async (dir: string): Promise<void> => {
    let entries: string[]
    try {
      entries = await readdir(dir)
    } catch (error) {
      source.problems?.push({
        path: toPosix(relative(root, dir)),
        rule: "unreadable-file",
        message: describe(error),
      })
      return
    }
    entries.sort()
    for (const name of entries) {
      const full = join(dir, name)
      const path = toPosix(relative(root, full)).normalize("NFC")
      if (name.startsWith(".") || ignore.has(name) || ignore.has(path)) continue
      try {
        const link = await lstat(full)
        let info = link
        if (link.isSymbolicLink()) {
          const target = await realpath(full).catch(() => undefined)
          if (!target || !isInside(rootReal, target)) {
            source.problems?.push({
              path,
              rule: "unsafe-path",
              message: `Symbolic link ${path} points outside the content folder or nowhere; it was skipped. Copy the file into the folder instead.`,
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
          if (path === glossaryName) source.glossary = { path, bytes: await readFile(full) }
          else if (isNotePath(name)) source.notes.push({ path, bytes: await readFile(full) })
          else source.assets.push(path)
        }
      } catch (error) {
        source.problems?.push({ path, rule: "unreadable-file", message: describe(error) })
      }
    }
  }
  await walk(root)
  return source
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
