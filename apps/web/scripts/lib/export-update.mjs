// What scripts/next-build.mjs does around `next build`, and instead of it when Next's input did
// not change: the files written into the export directly (not through Next), the record of the
// last `next build` of a data folder, and the update of an export in place from that record.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { dirname, join } from "node:path"
import { pageDigestOf, readNoteHtmlIndex, writeNotePagesFrom } from "./fill-note-pages.mjs"

/**
 * Files of the export that change with every text edit and are no page Next renders: copied from
 * the data folder (the routes that serve them under `next dev` are `route.dev.ts`, not built).
 */
export const DIRECT_FILES = ["search-index.json", "graph-view.json", "study-deck.json"]
/** The last `next build` of this data folder: its input's fingerprint, its export, its note pages. */
const RECORD = "last-next-build.json"
/**
 * The note template page of that build, made plain (fill-note-pages.mjs), kept to write note pages
 * without Next, and without bundling the plain script or reading the other pages again.
 */
const TEMPLATE = "note-template.plain.html"

export function writeDirectFiles(exportDir, dataDir) {
  for (const name of DIRECT_FILES) copyFileSync(join(dataDir, name), join(exportDir, name))
}

/** Keeps the plain note template (makeExportPlain's) for rebuilds that skip `next build`. */
export function keepTemplate(dataDir, templateHtml) {
  writeFileSync(join(dataDir, TEMPLATE), templateHtml)
}

/** An export's identity: its home page file, which only `next build` writes. */
function stampOf(exportDir) {
  const stat = statSync(join(exportDir, "index.html"), { throwIfNoEntry: false })
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : undefined
}

/**
 * Records the `next build` whose export is now at `exportDir`, and its note pages: each note's key
 * with what its page was written from (pageDigestOf), so a rebuild writes only the pages that changed.
 */
export function saveRecord(dataDir, { fingerprint, exportDir }) {
  const pages = Object.fromEntries(readNoteHtmlIndex(dataDir).map((page) => [page.key, pageDigestOf(page)]))
  const record = { fingerprint, exportDir, stamp: stampOf(exportDir), pages }
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
    typeof record.pages === "object" &&
    record.pages !== null &&
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
 * Brings the export of the recorded build up to date without Next: the note pages whose HTML or
 * title changed written again from the kept template (the others are what the template and the same
 * inputs make already), the pages of notes that are gone removed, the direct files copied. The
 * record is removed first: an update cut short leaves no record, and the next build runs Next.
 * Returns how many pages were written and removed.
 */
export function updateExport(exportDir, dataDir, record) {
  rmSync(join(dataDir, RECORD), { force: true })
  const template = readFileSync(join(dataDir, TEMPLATE), "utf8")
  const previous = new Map(Object.entries(record.pages))
  const written = writeNotePagesFrom(exportDir, dataDir, template, previous)
  const now = new Set(readNoteHtmlIndex(dataDir).map((page) => page.key))
  const notesDir = join(exportDir, "notes")
  const gone = [...previous.keys()].filter((key) => !now.has(key))
  for (const key of gone) removePage(notesDir, join(notesDir, ...key.split("/"), "index.html"))
  writeDirectFiles(exportDir, dataDir)
  return { written, removed: gone.length }
}
