import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  DIRECT_FILES,
  findReusableBuild,
  keepTemplate,
  saveRecord,
  updateExport,
} from "../../scripts/lib/export-update.mjs"
import { NOTE_CONTENT_SLOT, NOTE_TITLE_SLOT } from "../../src/lib/placeholder.ts"
import { THEME_SCRIPT } from "../../src/lib/theme-script.ts"

/** A plain note template, as makeExportPlain leaves it: slots, the theme script, the plain script. */
const TEMPLATE = [
  `<!DOCTYPE html><html><head><title>${NOTE_TITLE_SLOT} · kube-notes</title><script>${THEME_SCRIPT}</script>`,
  `<script type="module" src="/_next/static/plain/page-1.js"></script></head><body>`,
  `<main><div class="page note-page">${NOTE_CONTENT_SLOT}</div></main></body></html>`,
].join("")

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface Page {
  key: string
  title: string
  html: string
  digest: string
}

/** An export a `next build` left (its home page) and a data folder with note HTML for `pages`. */
function setUp(pages: Record<string, { title: string; text: string; digest: string }>) {
  const root = mkdtempSync(join(tmpdir(), "export-update-"))
  dirs.push(root)
  const exportDir = join(root, "out")
  const dataDir = join(root, "data")
  mkdirSync(exportDir, { recursive: true })
  writeFileSync(join(exportDir, "index.html"), "<p>home</p>")
  mkdirSync(join(dataDir, "note-html"), { recursive: true })
  for (const name of DIRECT_FILES) writeFileSync(join(dataDir, name), "{}")
  keepTemplate(dataDir, TEMPLATE)
  const write = (next: typeof pages) => {
    const index: Page[] = Object.entries(next).map(([key, { title, text, digest }], i) => {
      writeFileSync(join(dataDir, `note-html/${i}.html`), text)
      return { key, title, html: `note-html/${i}.html`, digest }
    })
    writeFileSync(join(dataDir, "note-html/index.json"), JSON.stringify({ codeKey: "k", pages: index }))
  }
  write(pages)
  return { exportDir, dataDir, write }
}

const pageOf = (exportDir: string, key: string) =>
  readFileSync(join(exportDir, "notes", ...key.split("/"), "index.html"), "utf8")

describe("an export updated without next build", () => {
  it("should write only the note pages whose digest or title changed, and remove the pages of notes that are gone", () => {
    const { exportDir, dataDir, write } = setUp({
      "폴더/가": { title: "가", text: "<p>가</p>", digest: "1" },
      나: { title: "나", text: "<p>나</p>", digest: "2" },
      다: { title: "다", text: "<p>다</p>", digest: "3" },
    })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    const record = findReusableBuild(dataDir, { fingerprint: "f", exportDir })
    // The first update writes every page: the record names none as written yet from these inputs.
    expect(updateExport(exportDir, dataDir, { ...record, pages: {} })).toEqual({ written: 3, removed: 0 })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    expect(pageOf(exportDir, "폴더/가")).toContain('<div class="page note-page"><p>가</p></div>')
    // A page marked by hand: an update that does not write it leaves the mark.
    writeFileSync(join(exportDir, "notes", "나", "index.html"), "kept")
    write({
      "폴더/가": { title: "가", text: "<p>가 고침</p>", digest: "1b" },
      나: { title: "나", text: "<p>나</p>", digest: "2" },
    })
    const again = findReusableBuild(dataDir, { fingerprint: "f", exportDir })
    expect(again).toBeDefined()
    expect(updateExport(exportDir, dataDir, again)).toEqual({ written: 1, removed: 1 })
    expect(pageOf(exportDir, "폴더/가")).toContain("<p>가 고침</p>")
    expect(pageOf(exportDir, "나")).toBe("kept")
    expect(() => pageOf(exportDir, "다")).toThrow()
  })

  it("should write a page again when only its title changed or its file is missing", () => {
    const { exportDir, dataDir, write } = setUp({
      가: { title: "가", text: "<p>가</p>", digest: "1" },
      나: { title: "나", text: "<p>나</p>", digest: "2" },
    })
    updateExport(exportDir, dataDir, { pages: {} })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    rmSync(join(exportDir, "notes", "나", "index.html"))
    write({
      가: { title: "가 새 제목", text: "<p>가</p>", digest: "1" },
      나: { title: "나", text: "<p>나</p>", digest: "2" },
    })
    const record = findReusableBuild(dataDir, { fingerprint: "f", exportDir })
    expect(updateExport(exportDir, dataDir, record)).toEqual({ written: 2, removed: 0 })
    expect(pageOf(exportDir, "가")).toContain("<title>가 새 제목 · kube-notes</title>")
    expect(pageOf(exportDir, "나")).toContain("<p>나</p>")
  })

  it("should leave no record while it updates, so an update cut short makes the next build run Next", () => {
    const { exportDir, dataDir } = setUp({ 가: { title: "가", text: "<p>가</p>", digest: "1" } })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    const record = findReusableBuild(dataDir, { fingerprint: "f", exportDir })
    // The note's HTML file is gone: the update fails after it began.
    rmSync(join(dataDir, "note-html/0.html"))
    expect(() => updateExport(exportDir, dataDir, { ...record, pages: {} })).toThrow()
    expect(findReusableBuild(dataDir, { fingerprint: "f", exportDir })).toBeUndefined()
  })

  it("should not reuse a record of another fingerprint, export or an older format without page digests", () => {
    const { exportDir, dataDir } = setUp({ 가: { title: "가", text: "<p>가</p>", digest: "1" } })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    expect(findReusableBuild(dataDir, { fingerprint: "g", exportDir })).toBeUndefined()
    expect(findReusableBuild(dataDir, { fingerprint: "f", exportDir: `${exportDir}-other` })).toBeUndefined()
    const record = JSON.parse(readFileSync(join(dataDir, "last-next-build.json"), "utf8"))
    writeFileSync(
      join(dataDir, "last-next-build.json"),
      JSON.stringify({ ...record, pages: undefined, notes: ["가"] }),
    )
    expect(findReusableBuild(dataDir, { fingerprint: "f", exportDir })).toBeUndefined()
  })
})
