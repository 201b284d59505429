// A rebuild that renders only the note pages whose inputs changed and keeps the others from
// the previous export. Next's static export always renders every page it is given and empties
// the export folder first, so the previous export is moved aside before `next build`, and the
// note pages Next did not render are moved back afterwards (see scripts/next-build.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import { dirname, join, relative } from "node:path"

/** Written by the site's note-page params step (src/lib/data/note-pages.ts). */
export const notePagesIndex = (dataDir) => join(dataDir, "note-pages/index.json")
/** The export a data folder was last built into, its code fingerprint and its note pages. */
export const exportStateFile = (dataDir) => join(dataDir, "export-state.json")
/** src/lib/placeholder.ts: the page a dynamic route emits when it has no params. */
const PLACEHOLDER_SEGMENT = "_none"

export function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"))
  } catch {
    return undefined
  }
}

/** Every file under `_next/static` (content-hashed names): equal lists, equal compiled code. */
export function listStaticFiles(out) {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(relative(out, path))
    }
  }
  if (existsSync(join(out, "_next/static"))) walk(join(out, "_next/static"))
  return files.sort().join("\n")
}

/**
 * Moves into `out` each note page of `pages` that Next did not render this time from the
 * previous export; drops the placeholder page a rebuild with no changed note rendered.
 * Returns how many pages were kept.
 */
export function keepUnchangedPages(previous, out, pages) {
  let kept = 0
  for (const { key } of pages) {
    const target = join(out, "notes", ...key.split("/"), "index.html")
    if (existsSync(target)) continue
    const source = join(previous, "notes", ...key.split("/"), "index.html")
    if (!existsSync(source)) throw new Error(`${source} is missing: the previous export is incomplete`)
    mkdirSync(dirname(target), { recursive: true })
    renameSync(source, target)
    kept += 1
  }
  if (pages.length > 0 && !pages.some(({ key }) => key === PLACEHOLDER_SEGMENT))
    rmSync(join(out, "notes", PLACEHOLDER_SEGMENT), { recursive: true, force: true })
  return kept
}
