/**
 * Every note page's content as HTML, rendered once per build before `next build`, outside Next
 * (scripts/lib/render-note-html.mjs runs this module compiled for Node, on worker threads; `next
 * dev` runs `renderNoteContent` for the page it serves), and kept in the data folder
 * (`note-html/<file>.html`) for scripts/lib/fill-note-pages.mjs, which puts each in the template
 * page Next rendered. A note whose page data and bodies have
 * the digest they had when its HTML was written, by the same code and shared data (the key
 * scripts/next-build.mjs passes), is not rendered again: a rebuild renders only the notes that changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { noteContentHtml } from "../render/note-page-html.ts"
import { createIdMaker } from "../render/render-content.ts"
import { renderMdast } from "../render/render-mdast.ts"
import { getDataFile } from "./data-dir.ts"
import { loadNotePage, NOTE_PAGES_DIR, type NotePageEntry } from "./note-pages.ts"

export const NOTE_HTML_DIR = "note-html"
const INDEX_FILE = `${NOTE_HTML_DIR}/index.json`

/** Where a note's page HTML is kept (beside its page data file's name). */
export const noteHtmlFileOf = (entry: NotePageEntry) =>
  `${NOTE_HTML_DIR}/${entry.file.slice(NOTE_PAGES_DIR.length + 1).replace(/\.json$/, "")}.html`

/** One note page's content: its bodies through renderMdast, then the page's own markup. */
export async function renderNoteContent(entry: NotePageEntry): Promise<string> {
  const { data, bodies: mdast } = loadNotePage(entry)
  const getTerm = (id: string) => data.terms[id]
  // Tooltip ids are unique across the page, in document order: the preamble's first.
  const nextId = createIdMaker("tip")
  const intro = mdast.bodies[data.note.id]
  const preamble =
    intro && intro.children.length > 0
      ? await renderMdast(intro, getTerm, nextId, data.note.title)
      : undefined
  const bodies: string[] = []
  for (const topic of data.topics) {
    const body = mdast.bodies[topic.id]
    bodies.push(body ? await renderMdast(body, getTerm, nextId, topic.title) : "")
  }
  return noteContentHtml(data, { preamble, bodies })
}

/** What scripts/lib/fill-note-pages.mjs reads: each note page's path, title and HTML file. */
interface HtmlIndex {
  /** The code and shared data the HTML was rendered with (scripts/next-build.mjs). */
  readonly codeKey: string
  readonly pages: {
    readonly key: string
    readonly title: string
    readonly html: string
    readonly digest: string
  }[]
}

const readIndex = (): HtmlIndex | undefined => {
  try {
    return JSON.parse(readFileSync(getDataFile(INDEX_FILE), "utf8")) as HtmlIndex
  } catch {
    return undefined
  }
}

/** Renders each note's content and writes it to its HTML file (one build worker's share). */
export async function renderNoteHtmlFiles(entries: readonly NotePageEntry[]): Promise<void> {
  mkdirSync(getDataFile(NOTE_HTML_DIR), { recursive: true })
  for (const entry of entries)
    writeFileSync(getDataFile(noteHtmlFileOf(entry)), await renderNoteContent(entry))
}

/**
 * Writes the HTML of every note whose digest (or the code) changed since it was last written,
 * removes the files of notes that are gone, and returns how many notes were rendered.
 * `render` does the rendering (scripts/lib/render-note-html.mjs spreads it over worker threads).
 */
export async function writeNoteHtml(
  entries: readonly NotePageEntry[],
  codeKey: string,
  render: (stale: NotePageEntry[]) => Promise<void> = renderNoteHtmlFiles,
): Promise<number> {
  mkdirSync(getDataFile(NOTE_HTML_DIR), { recursive: true })
  const previous = readIndex()
  // Without a key (a bare `next build`) nothing is trusted from an earlier build.
  const known = new Map(
    codeKey && previous?.codeKey === codeKey ? previous.pages.map((page) => [page.key, page.digest]) : [],
  )
  const stale = entries.filter(
    (entry) => known.get(entry.key) !== entry.digest || !existsSync(getDataFile(noteHtmlFileOf(entry))),
  )
  await render(stale)
  const pages: HtmlIndex["pages"] = entries.map((entry) => ({
    key: entry.key,
    title: entry.title,
    html: noteHtmlFileOf(entry),
    digest: entry.digest,
  }))
  const kept = new Set(entries.map((entry) => noteHtmlFileOf(entry).slice(NOTE_HTML_DIR.length + 1)))
  for (const name of readdirSync(getDataFile(NOTE_HTML_DIR))) {
    if (name !== "index.json" && !kept.has(name)) rmSync(getDataFile(`${NOTE_HTML_DIR}/${name}`))
  }
  writeFileSync(getDataFile(INDEX_FILE), JSON.stringify({ codeKey, pages } satisfies HtmlIndex))
  return stale.length
}
