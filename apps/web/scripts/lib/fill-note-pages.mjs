// Writes every note's page into an export from the one template page Next rendered
// (src/app/notes/[...note]/page.tsx) and the note's content HTML the build wrote to the data
// folder (src/lib/data/note-html.ts). Next's per-page work — the RSC render, the HTML render from
// it, eight files written — was most of a 1,000-note build; here a page is a string joined from
// the template's pieces and written once.
//
// The template carries two slots, plain words (src/lib/placeholder.ts): the content, once in the
// page's HTML (`<div class="page note-page">slot</div>`), and the title, in `<title>` (and in the
// inline RSC payload, which a template made plain no longer carries: plain-pages.mjs).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { makePagesPlain, toPlainPage, writePlainScript } from "./plain-pages.mjs"

/** src/lib/placeholder.ts */
export const NOTE_TEMPLATE_SEGMENT = "_note-template"
const CONTENT_SLOT = "kn-note-content-slot"
const TITLE_SLOT = "kn-note-title-slot"
/** src/lib/data/note-html.ts */
const HTML_INDEX = "note-html/index.json"

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
/** As Next writes the RSC payload into `self.__next_f.push([1, "…"])`: JSON in a JS string in HTML. */
const escapeInPayload = (text) =>
  JSON.stringify(JSON.stringify(text).slice(1, -1))
    .slice(1, -1)
    .replace(/&/g, "\\u0026")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")

/**
 * The template cut at its slots: literal pieces between holes, each hole naming what goes there
 * ("content", "title" in HTML text, "payload-title" inside a script). Throws unless the content
 * slot is in the HTML exactly once and the title is in `<title>`.
 */
export function parseTemplate(html) {
  const pieces = []
  const holes = []
  let literal = ""
  const cut = (text, pattern, holeOf) => {
    let last = 0
    for (const match of text.matchAll(pattern)) {
      literal += text.slice(last, match.index)
      pieces.push(literal)
      holes.push(holeOf(match[0]))
      literal = ""
      last = match.index + match[0].length
    }
    literal += text.slice(last)
  }
  let last = 0
  for (const script of html.matchAll(SCRIPT)) {
    cut(html.slice(last, script.index), new RegExp(`${CONTENT_SLOT}|${TITLE_SLOT}`, "g"), (slot) =>
      slot === CONTENT_SLOT ? "content" : "title",
    )
    cut(script[0], new RegExp(TITLE_SLOT, "g"), () => "payload-title")
    last = script.index + script[0].length
  }
  cut(html.slice(last), new RegExp(`${CONTENT_SLOT}|${TITLE_SLOT}`, "g"), (slot) =>
    slot === CONTENT_SLOT ? "content" : "title",
  )
  pieces.push(literal)
  const count = (name) => holes.filter((hole) => hole === name).length
  if (count("content") !== 1 || count("title") !== 1)
    throw new Error(
      `the note template has ${count("content")} content and ${count("title")} title slots in its HTML; expected one of each`,
    )
  return { pieces, holes }
}

/** What goes in each hole of a note's page (`content` as given: text, or its UTF-8 bytes). */
const holeValues = ({ content, title }) => ({
  content,
  title: escapeHtml(title),
  "payload-title": escapeInPayload(title),
})

/** One note's page: the template with its content and title. */
export function fillTemplate({ pieces, holes }, note) {
  const values = holeValues(note)
  let page = pieces[0]
  for (let i = 0; i < holes.length; i++) page += values[holes[i]] + pieces[i + 1]
  return page
}

/**
 * The same page as UTF-8 bytes, from the content's bytes as note-html.ts wrote them and the
 * template's pieces encoded once (`encodeTemplate`): 1,000 pages' content (42 MB) is neither
 * decoded nor encoded again.
 */
export function fillTemplateBytes({ holes }, pieceBytes, note) {
  const values = holeValues(note)
  const chunks = [pieceBytes[0]]
  for (let i = 0; i < holes.length; i++) {
    const value = values[holes[i]]
    chunks.push(typeof value === "string" ? Buffer.from(value) : value, pieceBytes[i + 1])
  }
  return Buffer.concat(chunks)
}

/** The template's literal pieces as UTF-8, for fillTemplateBytes. */
export const encodeTemplate = ({ pieces }) => pieces.map((piece) => Buffer.from(piece))

/**
 * Makes every page of `exportDir` that can do without React plain (plain-pages.mjs) and returns the
 * note template page Next rendered, made plain too, which it removes from the export.
 */
export function makeExportPlain(exportDir) {
  const templateDir = join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT)
  const script = writePlainScript(exportDir)
  makePagesPlain(exportDir, script)
  const template = toPlainPage(readFileSync(join(templateDir, "index.html"), "utf8"), script)
  rmSync(templateDir, { recursive: true, force: true })
  return template
}

/** The note pages of the data folder's note-html index: key, title, HTML file and digest. */
export const readNoteHtmlIndex = (dataDir) =>
  JSON.parse(readFileSync(join(dataDir, HTML_INDEX), "utf8")).pages

/**
 * What a written note page was made from besides the template: the digest of its page data and
 * bodies (note-html.ts renders a note's HTML again whenever that digest changes) and its title.
 * Under the same code and shared data (a `next build` fingerprint), equal digests, equal pages.
 */
export const pageDigestOf = (page) => `${page.digest}:${page.title}`

const pageFile = (exportDir, key) => join(exportDir, "notes", ...key.split("/"), "index.html")

/**
 * Writes the note pages of the note-html index into `exportDir` from `templateHtml` (a plain
 * template page), except those `previous` (key → pageDigestOf, the pages already in the export
 * from the same template) says are there already. Returns how many were written.
 */
export function writeNotePagesFrom(exportDir, dataDir, templateHtml, previous = new Map()) {
  const template = parseTemplate(templateHtml)
  const pieceBytes = encodeTemplate(template)
  let written = 0
  for (const page of readNoteHtmlIndex(dataDir)) {
    const target = pageFile(exportDir, page.key)
    if (previous.get(page.key) === pageDigestOf(page) && existsSync(target)) continue
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(
      target,
      fillTemplateBytes(template, pieceBytes, {
        content: readFileSync(join(dataDir, page.html)),
        title: page.title,
      }),
    )
    written++
  }
  return written
}

/**
 * Replaces the template page in `exportDir` by every note's page listed in the data folder's
 * note-html index, without Next's runtime and React, and makes the other pages that can do without
 * them plain too (plain-pages.mjs). Returns how many note pages were written.
 */
export function fillNotePages(exportDir, dataDir) {
  return writeNotePagesFrom(exportDir, dataDir, makeExportPlain(exportDir))
}
