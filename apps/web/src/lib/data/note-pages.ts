/**
 * The note pages' data, made once per build: `generateStaticParams` (run once, while Next
 * collects page data) writes each note's page data (note-page-data.ts) to
 * `note-pages/<file>.json` in the data folder, and an index of every note page with the
 * digest of its two inputs (that file and the note's bodies file). Rendering workers read one
 * note's files instead of parsing the whole graph and every body to count study cards.
 * The digests let the next step (note-html.ts) render again only the notes whose pages changed.
 * The index also keeps, per note, the hash of its bodies file and the term ids those bodies
 * mention (all the page data takes from them), so a rebuild by the same code parses only the
 * bodies that changed and writes only the page data files whose digest changed.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { BODIES_DIR, getBodyFileName, getIdKey, type NoteBodies } from "@kube-notes/graph"
import { getDataFile } from "./data-dir.ts"
import { loadNoteBodies } from "./load-bodies.ts"
import { loadDeck } from "./load-deck.ts"
import { loadSite } from "./load-site.ts"
import { buildNotePageDataOf, mentionedTermIds, type NotePageData } from "./note-page-data.ts"
import type { Site } from "./site.ts"

export const NOTE_PAGES_DIR = "note-pages"
const INDEX_FILE = `${NOTE_PAGES_DIR}/index.json`

export interface NotePageEntry {
  /** The note's key, its URL path under `/notes/`. */
  readonly key: string
  readonly id: string
  readonly title: string
  /** The page data file, relative to the data folder. */
  readonly file: string
  /** sha1 of the page data and the bodies file: equal digests, equal pages (same code). */
  readonly digest: string
  /** sha1 of the bodies file as stored. */
  readonly bodiesHash: string
  /** The term ids the bodies mention (mentionedTermIds). */
  readonly mentions: readonly string[]
}

/** The index file: the entries, and the code key they were made by (scripts/next-build.mjs). */
interface NotePagesIndex {
  readonly codeKey: string
  readonly entries: NotePageEntry[]
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex")

const pageFileOf = (noteId: string) =>
  `${NOTE_PAGES_DIR}/${getBodyFileName(noteId).slice(BODIES_DIR.length + 1)}`

const readText = (file: string) => {
  try {
    return readFileSync(getDataFile(file), "utf8")
  } catch {
    return undefined
  }
}

let written: { site: Site; entries: NotePageEntry[] } | undefined

const readIndex = (): NotePagesIndex | undefined => {
  const text = readText(INDEX_FILE)
  if (text === undefined) return undefined
  const index = JSON.parse(text) as NotePagesIndex
  return Array.isArray(index.entries) ? index : undefined
}

/**
 * Writes every note's page data (only files whose digest changed) and the index; returns the
 * index. `codeKey` names the code (scripts/next-build.mjs): under the same one, a note whose
 * bodies file is unchanged takes its mentioned terms from the last index instead of parsing the
 * bodies. Without one nothing of an earlier build is trusted.
 */
export function writeNotePages(codeKey = ""): NotePageEntry[] {
  const site = loadSite()
  if (written?.site === site) return written.entries
  const deck = loadDeck()
  mkdirSync(getDataFile(NOTE_PAGES_DIR), { recursive: true })
  const lastIndex = readIndex()
  const last = new Map(lastIndex?.entries.map((entry) => [entry.id, entry]))
  const sameCode = codeKey !== "" && lastIndex?.codeKey === codeKey
  const entries = site.notes.map((note): NotePageEntry => {
    const bodiesText = readText(getBodyFileName(note.id))
    if (bodiesText === undefined)
      throw new Error(`${getBodyFileName(note.id)} is missing: run the prebuild again.`)
    const bodiesHash = sha1(bodiesText)
    const before = last.get(note.id)
    // The digest hashes the file as stored; its contents are read the way every reader of bodies does.
    const mentions =
      sameCode && before?.bodiesHash === bodiesHash
        ? before.mentions
        : mentionedTermIds(JSON.parse(bodiesText) as NoteBodies)
    const json = JSON.stringify(buildNotePageDataOf(site, deck, note.id, mentions))
    const file = pageFileOf(note.id)
    const digest = createHash("sha1").update(json).update("\0").update(bodiesHash).digest("hex")
    // The digest covers the whole page data: the same one in the last index, the same file.
    if (before?.digest !== digest || before.file !== file || !existsSync(getDataFile(file)))
      writeFileSync(getDataFile(file), json)
    return { key: getIdKey(note.id), id: note.id, title: note.title, file, digest, bodiesHash, mentions }
  })
  // Pages of notes that are gone.
  const kept = new Set(entries.map((entry) => entry.file.slice(NOTE_PAGES_DIR.length + 1)))
  for (const name of readdirSync(getDataFile(NOTE_PAGES_DIR))) {
    if (name !== "index.json" && !kept.has(name)) rmSync(getDataFile(`${NOTE_PAGES_DIR}/${name}`))
  }
  writeFileSync(getDataFile(INDEX_FILE), JSON.stringify({ codeKey, entries } satisfies NotePagesIndex))
  written = { site, entries }
  return entries
}

let index: Map<string, NotePageEntry> | undefined

/** The note page at a key (NFC), from the index the params step wrote. */
export function findNotePage(key: string): NotePageEntry | undefined {
  // `next dev` renders without a params step per change: the index follows the graph there.
  if (process.env.NODE_ENV === "development") index = undefined
  if (!index) {
    const entries =
      process.env.NODE_ENV === "development" ? writeNotePages() : (readIndex()?.entries ?? writeNotePages())
    index = new Map(entries.map((entry) => [entry.key, entry]))
  }
  return index.get(key.normalize("NFC"))
}

/** A note page's data and bodies. A missing file is a broken build: it throws. */
export function loadNotePage(entry: NotePageEntry): { data: NotePageData; bodies: NoteBodies } {
  const data = readText(entry.file)
  if (data === undefined) throw new Error(`the page data of ${entry.id} is missing`)
  return { data: JSON.parse(data) as NotePageData, bodies: loadNoteBodies(entry.id) }
}
