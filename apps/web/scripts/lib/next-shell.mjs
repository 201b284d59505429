// Next's export kept between builds: the "shell". Once the pages Next renders read nothing of the
// notes (scripts/lib/next-input.mjs), what `next build` writes depends only on the code and Next's
// input folder (the site settings and the images), so its export is kept under the fingerprint of
// both, outside the data folder (apps/web/.cache/next-shell/<fingerprint>/, git-ignored), as it is
// before any page is filled: the note, term and command templates, the pages whose content is a
// slot, Next's chunks. A build whose fingerprint has a shell copies it instead of running
// `next build`, then fills it as after a `next build` (scripts/next-build.mjs). Only the newest
// shells are kept (`cacheDir` is for tests). KUBE_NOTES_WEB_FULL=1 never reads one.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs"
import { join } from "node:path"
import { APP_DIR } from "./data-dir.mjs"

export const SHELL_CACHE_DIR = join(APP_DIR, ".cache/next-shell")
/** Shells kept: a few code versions (a branch switch and back) without growing without end. */
const KEPT = 3
const EXPORT = "export"
const TEMPLATE = "note-template.plain.html"

/**
 * Copies the shell kept under `fingerprint` into `exportDir` (made empty first) and returns its plain
 * note template (makeExportPlain's), or undefined when there is none.
 */
export function restoreShell(fingerprint, exportDir, cacheDir = SHELL_CACHE_DIR) {
  const dir = join(cacheDir, fingerprint)
  if (!existsSync(join(dir, TEMPLATE)) || !existsSync(join(dir, EXPORT))) return undefined
  rmSync(exportDir, { recursive: true, force: true })
  cpSync(join(dir, EXPORT), exportDir, { recursive: true })
  // The newest use decides which shells are pruned.
  const now = new Date()
  utimesSync(dir, now, now)
  return readFileSync(join(dir, TEMPLATE), "utf8")
}

/**
 * Keeps `exportDir` (Next's export made plain, nothing filled yet) and its plain note template as
 * the shell of `fingerprint`, written aside and renamed (a build running at once sees a whole shell
 * or none), and removes all but the newest shells.
 */
export function saveShell(fingerprint, exportDir, templateHtml, cacheDir = SHELL_CACHE_DIR) {
  mkdirSync(cacheDir, { recursive: true })
  const dir = join(cacheDir, fingerprint)
  const temporary = `${dir}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  cpSync(exportDir, join(temporary, EXPORT), { recursive: true })
  writeFileSync(join(temporary, TEMPLATE), templateHtml)
  rmSync(dir, { recursive: true, force: true })
  renameSync(temporary, dir)
  const shells = readdirSync(cacheDir)
    .filter((name) => /^[0-9a-f]{64}$/.test(name))
    .map((name) => ({ name, at: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const { name } of shells.slice(KEPT)) rmSync(join(cacheDir, name), { recursive: true, force: true })
}
