// What scripts/next-build.mjs does around `next build`, and instead of it when Next's input did
// not change: the files written into the export directly (not through Next), the record of the
// last `next build` of a data folder, and the update of an export in place from that record.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { dirname, join } from "node:path"
import { fillNotePages, NOTE_TEMPLATE_SEGMENT } from "./fill-note-pages.mjs"

/**
 * Files of the export that change with every text edit and are no page Next renders: copied from
 * the data folder (the routes that serve them under `next dev` are `route.dev.ts`, not built).
 */
export const DIRECT_FILES = ["search-index.json", "graph-view.json", "study-deck.json"]
/** The last `next build` of this data folder: its input's fingerprint, its export, its note pages. */
const RECORD = "last-next-build.json"
/** The note template page of that build, kept to write note pages without Next. */
const TEMPLATE = "note-template.html"
const NOTE_HTML_INDEX = "note-html/index.json"

export function writeDirectFiles(exportDir, dataDir) {
  for (const name of DIRECT_FILES) copyFileSync(join(dataDir, name), join(exportDir, name))
}

/** Keeps the template page Next rendered into `exportDir` (before fill-note-pages removes it). */
export function keepTemplate(exportDir, dataDir) {
  copyFileSync(join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT, "index.html"), join(dataDir, TEMPLATE))
}

const noteKeys = (dataDir) =>
  JSON.parse(readFileSync(join(dataDir, NOTE_HTML_INDEX), "utf8")).pages.map((page) => page.key)

/** An export's identity: its home page file, which only `next build` writes. */
function stampOf(exportDir) {
  const stat = statSync(join(exportDir, "index.html"), { throwIfNoEntry: false })
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : undefined
}

/** Records the `next build` whose export is now at `exportDir`, and its note pages. */
export function saveRecord(dataDir, { fingerprint, exportDir }) {
  const record = { fingerprint, exportDir, stamp: stampOf(exportDir), notes: noteKeys(dataDir) }
  writeFileSync(join(dataDir, RECORD), JSON.stringify(record))
}

/**
 * The record of the last `next build`, if `exportDir` still holds its export (no other build
 * replaced it) with the same Next input (`fingerprint`) and its template was kept.
 */
export function findReusableBuild(dataDir, { fingerprint, exportDir }) {
  let record
  try {
    record = JSON.parse(readFileSync(join(dataDir, RECORD), "utf8"))
  } catch {
    return undefined
  }
  const same =
    record.fingerprint === fingerprint &&
    record.exportDir === exportDir &&
    record.stamp !== undefined &&
    record.stamp === stampOf(exportDir) &&
    existsSync(join(dataDir, TEMPLATE))
  return same ? record : undefined
}

/** Removes a file and then its folders up to `root` while they are empty. */
function removePage(root, file) {
  rmSync(file, { force: true })
  for (
    let dir = dirname(file);
    dir.startsWith(`${root}/`) && readdirSync(dir).length === 0;
    dir = dirname(dir)
  )
    rmdirSync(dir)
}

/**
 * Brings the export of the recorded build up to date without Next: every note page written again
 * from the kept template (fill-note-pages.mjs, as after a build), the pages of notes that are gone
 * removed, the direct files copied. Returns how many pages were written and removed.
 */
export function updateExport(exportDir, dataDir, record) {
  const templateDir = join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT)
  mkdirSync(templateDir, { recursive: true })
  copyFileSync(join(dataDir, TEMPLATE), join(templateDir, "index.html"))
  const written = fillNotePages(exportDir, dataDir)
  const now = new Set(noteKeys(dataDir))
  const notesDir = join(exportDir, "notes")
  const gone = record.notes.filter((key) => !now.has(key))
  for (const key of gone) removePage(notesDir, join(notesDir, ...key.split("/"), "index.html"))
  writeDirectFiles(exportDir, dataDir)
  return { written, removed: gone.length }
}
