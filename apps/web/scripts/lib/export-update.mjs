// What scripts/next-build.mjs does around `next build`, and instead of it when Next's input did
// not change: the files written into the export directly (not through Next: the search index, the
// graph view's data, the study deck, the notes' images), the record of the last `next build` of a
// data folder, and the update of an export in place from that record.
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { dirname, join, relative, sep } from "node:path"
import { isInside } from "./copy-assets.mjs"
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

/**
 * The notes' images: prepare copies them into the data folder (`assets/`, paths checked by
 * copy-assets.mjs) and lists them in `assets.json`; the export serves each at `/assets/<path>`,
 * which the static server maps to the file `assets/<path>` (src/lib/urls.ts's assetUrl). They are
 * no input of Next's (the route that serves them under `next dev` is `route.dev.ts`, not built),
 * so one `next build` serves every export of the same code and settings.
 */
export const IMAGES_DIR = "assets"

/** The paths `assets.json` lists, each checked to name a file inside the images folder. */
function listedImages(dataDir) {
  const file = join(dataDir, "assets.json")
  const listed = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : []
  if (!Array.isArray(listed)) throw new Error(`${file} is not a list of image paths`)
  const root = join(dataDir, IMAGES_DIR)
  for (const path of listed) {
    // A path as prepare writes it: relative, `/`-separated, without `.`, `..` or empty segments
    // (core resolves every image path so), and a regular file the data folder holds.
    const inside =
      typeof path === "string" &&
      !path.includes("\0") &&
      isInside(root, join(root, path)) &&
      relative(root, join(root, path)).split(sep).join("/") === path
    if (!inside)
      throw new Error(`${file} lists ${JSON.stringify(path)}, which is no path inside ${IMAGES_DIR}/`)
    if (!lstatSync(join(root, path), { throwIfNoEntry: false })?.isFile())
      throw new Error(`${file} lists ${path}, but ${join(root, path)} is not a file`)
  }
  return listed
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
}

/**
 * Makes the export's images folder hold exactly the data folder's images, byte for byte: the
 * images no longer listed removed (and the folders they leave empty), the new and changed ones
 * copied; an image whose bytes are already there is not written again, so it keeps its
 * modification time (and a static server's ETag). Returns how many were written and removed.
 */
export function writeImages(exportDir, dataDir) {
  const listed = listedImages(dataDir)
  const from = join(dataDir, IMAGES_DIR)
  const to = join(exportDir, IMAGES_DIR)
  const wanted = new Set(listed)
  let removed = 0
  for (const path of filesUnder(to))
    if (!wanted.has(path)) {
      removeFile(to, join(to, path))
      removed++
    }
  let written = 0
  for (const path of listed) {
    const source = join(from, path)
    const target = join(to, path)
    const there = lstatSync(target, { throwIfNoEntry: false })
    if (
      there?.isFile() &&
      there.size === statSync(source).size &&
      readFileSync(target).equals(readFileSync(source))
    )
      continue
    // Anything else at the image's place (a link, a folder) goes: the copy never writes through it.
    if (there) rmSync(target, { recursive: true, force: true })
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(source, target)
    written++
  }
  if (listed.length === 0) rmSync(to, { recursive: true, force: true })
  return { written, removed }
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
function removeFile(root, file) {
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
 * inputs make already), the pages of notes that are gone removed, the direct files copied, the
 * images made the data folder's (writeImages). The record is removed first: an update cut short
 * leaves no record, and the next build runs Next.
 * Returns how many pages were written and removed, and how many images.
 */
export function updateExport(exportDir, dataDir, record) {
  rmSync(join(dataDir, RECORD), { force: true })
  const template = readFileSync(join(dataDir, TEMPLATE), "utf8")
  const previous = new Map(Object.entries(record.pages))
  const written = writeNotePagesFrom(exportDir, dataDir, template, previous)
  const now = new Set(readNoteHtmlIndex(dataDir).map((page) => page.key))
  const notesDir = join(exportDir, "notes")
  const gone = [...previous.keys()].filter((key) => !now.has(key))
  for (const key of gone) removeFile(notesDir, join(notesDir, ...key.split("/"), "index.html"))
  writeDirectFiles(exportDir, dataDir)
  return { written, removed: gone.length, images: writeImages(exportDir, dataDir) }
}
