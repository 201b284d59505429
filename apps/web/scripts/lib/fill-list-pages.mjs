// Writes the pages of the routes that list places (a page per term, per command) into an export
// from the one template page Next rendered per route (src/app/terms/[term]/page.tsx,
// src/app/commands/[command]/page.tsx) and the markup the build rendered outside Next with the
// same components (src/lib/render/list-pages.tsx). Next's per-page work — the RSC render, the HTML
// from it, the payload, then making the page plain again — is a string joined from the template's
// pieces here. Templates are plain pages (plain-pages.mjs) by the time they are read, so the slots
// are only in the HTML, never in a script.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { scriptElements } from "./script-elements.mjs"

/** The template page of each route (src/lib/placeholder.ts). */
export const LIST_TEMPLATES = { terms: "_term-template", commands: "_command-template" }
/** src/lib/placeholder.ts: the "no terms" / "no commands" page Next renders in every build. */
const EMPTY_PAGE = "_none"
const CONTENT_SLOT = "kn-page-content-slot"
const TITLE_SLOT = "kn-page-title-slot"
/** The description is a whole element: Next prints none for an empty description. */
const DESCRIPTION_META = '<meta name="description" content="kn-page-description-slot"/>'
const HOLES = { [CONTENT_SLOT]: "content", [TITLE_SLOT]: "title", [DESCRIPTION_META]: "description" }
const SLOT_PATTERN = new RegExp(`${CONTENT_SLOT}|${TITLE_SLOT}|${DESCRIPTION_META}`, "g")

/** As React escapes text and attribute values (react-dom's escapeTextForBrowser). */
const REACT_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" }
export const escapeLikeReact = (text) => text.replace(/[&<>"']/g, (char) => REACT_ESCAPES[char])

/**
 * A template cut at its slots: literal pieces between holes ("content", "title", "description").
 * Throws unless the content and the title slots are there exactly once each and the description
 * at most once, in a `<meta name="description">` element of its own.
 */
export function parseListTemplate(html) {
  const pieces = []
  const holes = []
  let last = 0
  for (const match of html.matchAll(SLOT_PATTERN)) {
    pieces.push(html.slice(last, match.index))
    holes.push(HOLES[match[0]])
    last = match.index + match[0].length
  }
  pieces.push(html.slice(last))
  const count = (name) => holes.filter((hole) => hole === name).length
  if (count("content") !== 1 || count("title") !== 1 || count("description") > 1)
    throw new Error(
      `a list page template has ${count("content")} content, ${count("title")} title and ${count("description")} description slots; expected one, one and at most one`,
    )
  if (html.replaceAll(DESCRIPTION_META, "").includes("kn-page-description-slot"))
    throw new Error("a list page template has its description slot outside a description element")
  return { pieces, holes }
}

/** One page: the template with its markup, title and description (none: no description element). */
export function fillListTemplate({ pieces, holes }, { html, title, description = "" }) {
  const values = {
    content: html,
    title: escapeLikeReact(title),
    description: description
      ? DESCRIPTION_META.replace("kn-page-description-slot", escapeLikeReact(description))
      : "",
  }
  let page = pieces[0]
  for (let i = 0; i < holes.length; i++) page += values[holes[i]] + pieces[i + 1]
  return page
}

/**
 * The folder Next writes a page of a route to for its parameter: path delimiters in it escaped as
 * Next escapes them (next/dist/shared/lib/router/utils/escape-path-delimiters.js, with its encoded
 * forms), everything else as it is.
 */
export const pageFolderOf = (segment) =>
  segment.replace(/[/#?\\]|%(?:2f|23|3f|5c)/gi, (char) => encodeURIComponent(char))

/**
 * Reads and removes each route's template page from `exportDir` (made plain already), removes its
 * "no terms" / "no commands" page when `pages` has pages of the route, and writes every page of
 * `pages` (renderListPages' list) from its route's template. Returns how many it wrote.
 */
export function writeListPages(exportDir, pages) {
  const templates = {}
  for (const [route, segment] of Object.entries(LIST_TEMPLATES)) {
    const dir = join(exportDir, route, segment)
    templates[route] = parseListTemplate(readFileSync(join(dir, "index.html"), "utf8"))
    rmSync(dir, { recursive: true, force: true })
    if (pages.some((page) => page.route === route))
      rmSync(join(exportDir, route, EMPTY_PAGE), { recursive: true, force: true })
  }
  for (const page of pages) {
    const folder = pageFolderOf(page.segment)
    if (folder === "" || folder === "." || folder === "..")
      throw new Error(`a ${page.route} page named "${page.segment}" has no folder of its own`)
    const target = join(exportDir, page.route, folder, "index.html")
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, fillListTemplate(templates[page.route], page))
  }
  return pages.length
}

/**
 * One page of `exportDir` (`page`, its file) with `html` in place of its slot word `slot`
 * (src/lib/render/list-pages.tsx's renderPageSlots): the learning path's list, the content of home,
 * the glossary and the cheat sheet. A slot is an element's inner HTML (PageBody.tsx), which React
 * does not compare or replace when it hydrates, so on a page that keeps React the slot in its RSC
 * payload stays. Throws unless the slot is in the HTML, outside scripts, exactly once.
 */
export function fillPageSlot(exportDir, { page, slot, html: markup }) {
  const file = join(exportDir, page)
  const html = readFileSync(file, "utf8")
  const scripts = scriptElements(html)
  const inScript = (at) => scripts.some((script) => script.start <= at && at < script.end)
  const found = [...html.matchAll(new RegExp(slot, "g"))].filter((match) => !inScript(match.index))
  if (found.length !== 1)
    throw new Error(`${page} has its slot ${slot} ${found.length} times in its HTML; expected once`)
  const at = found[0].index
  writeFileSync(file, html.slice(0, at) + markup + html.slice(at + slot.length))
}
