import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  DIRECT_FILES,
  findReusableBuild,
  keepTemplate,
  saveRecord,
  updateExport,
  writeImages,
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

/** What updateExport says of the images of a data folder that has none. */
const NO_IMAGES = { written: 0, removed: 0 }

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
    expect(updateExport(exportDir, dataDir, { ...record, pages: {} })).toEqual({
      written: 3,
      removed: 0,
      images: NO_IMAGES,
    })
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
    expect(updateExport(exportDir, dataDir, again)).toEqual({ written: 1, removed: 1, images: NO_IMAGES })
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
    expect(updateExport(exportDir, dataDir, record)).toEqual({ written: 2, removed: 0, images: NO_IMAGES })
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

/** Writes the data folder's images as prepare does: the files under assets/, their list in assets.json. */
function writeDataImages(dataDir: string, images: Record<string, string>) {
  rmSync(join(dataDir, "assets"), { recursive: true, force: true })
  for (const [path, bytes] of Object.entries(images)) {
    mkdirSync(join(dataDir, "assets", path, ".."), { recursive: true })
    writeFileSync(join(dataDir, "assets", path), bytes)
  }
  writeFileSync(join(dataDir, "assets.json"), JSON.stringify(Object.keys(images)))
}

/** Every file of the export's images folder with its text. */
function exportImages(exportDir: string): Record<string, string> {
  const root = join(exportDir, "assets")
  if (!existsSync(root)) return {}
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry): [string, string] => {
        const file = join(entry.parentPath, entry.name)
        return [file.slice(root.length + 1), readFileSync(file, "utf8")]
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
}

describe("the notes' images, copied into the export outside Next", () => {
  // Names Next's route wrote wrong: `?` as `%3F` (a 404), `%20` decoded before the lookup (an empty file).
  const IMAGES = {
    "images/a.png": "a",
    "images/한글 이미지.png": "한글",
    "images/sub dir/b.jpg": "b",
    "images/q?mark.png": "q",
    "images/pct%20x.png": "pct",
    "그림/다.svg": "<svg/>",
  }

  it("should copy every listed image at its own path, byte for byte, in a build from nothing", () => {
    const { exportDir, dataDir } = setUp({})
    writeDataImages(dataDir, IMAGES)
    // A file prepare did not list (a refused SVG, a leftover) is never copied.
    writeFileSync(join(dataDir, "assets/images/unlisted.svg"), "<svg onload=alert(1)>")
    expect(writeImages(exportDir, dataDir)).toEqual({ written: 6, removed: 0 })
    expect(exportImages(exportDir)).toEqual(
      Object.fromEntries(Object.entries(IMAGES).sort(([a], [b]) => (a < b ? -1 : 1))),
    )
  })

  it("should write no images folder for notes without images", () => {
    const { exportDir, dataDir } = setUp({})
    writeDataImages(dataDir, {})
    expect(writeImages(exportDir, dataDir)).toEqual({ written: 0, removed: 0 })
    expect(existsSync(join(exportDir, "assets"))).toBe(false)
  })

  it("should add, change and remove images in an export a rebuild keeps, and leave the unchanged ones untouched", () => {
    const { exportDir, dataDir } = setUp({ 가: { title: "가", text: "<p>가</p>", digest: "1" } })
    writeDataImages(dataDir, {
      "images/kept.png": "kept",
      "images/changed.png": "old",
      "images/old/gone.png": "gone",
    })
    updateExport(exportDir, dataDir, { pages: {} })
    saveRecord(dataDir, { fingerprint: "f", exportDir })
    const kept = join(exportDir, "assets/images/kept.png")
    const long = new Date("2020-01-01T00:00:00Z")
    utimesSync(kept, long, long)
    // The same size, other bytes: the change is found by content, not by size.
    writeDataImages(dataDir, {
      "images/kept.png": "kept",
      "images/changed.png": "new",
      "images/added.png": "added",
    })
    const record = findReusableBuild(dataDir, { fingerprint: "f", exportDir })
    expect(record).toBeDefined()
    expect(updateExport(exportDir, dataDir, record)).toEqual({
      written: 0,
      removed: 0,
      images: { written: 2, removed: 1 },
    })
    expect(exportImages(exportDir)).toEqual({
      "images/added.png": "added",
      "images/changed.png": "new",
      "images/kept.png": "kept",
    })
    // The folder the removed image leaves empty goes with it; the unchanged image is not written again.
    expect(existsSync(join(exportDir, "assets/images/old"))).toBe(false)
    expect(statSync(kept).mtimeMs).toBe(long.getTime())
    // Every image removed: no images folder is left, as in a build from nothing.
    writeDataImages(dataDir, {})
    expect(writeImages(exportDir, dataDir)).toEqual({ written: 0, removed: 3 })
    expect(existsSync(join(exportDir, "assets"))).toBe(false)
  })

  it("should replace a link at an image's place instead of writing through it", () => {
    const { exportDir, dataDir } = setUp({})
    const outside = join(exportDir, "..", "outside.png")
    writeFileSync(outside, "outside")
    mkdirSync(join(exportDir, "assets/images"), { recursive: true })
    symlinkSync(outside, join(exportDir, "assets/images/a.png"))
    writeDataImages(dataDir, { "images/a.png": "a" })
    expect(writeImages(exportDir, dataDir)).toEqual({ written: 1, removed: 0 })
    expect(readFileSync(outside, "utf8")).toBe("outside")
    expect(exportImages(exportDir)).toEqual({ "images/a.png": "a" })
  })

  it("should refuse a listed path that leaves the images folder or is not a file prepare wrote", () => {
    const { exportDir, dataDir } = setUp({})
    writeFileSync(join(dataDir, "secret.txt"), "secret")
    for (const path of [
      "../secret.txt",
      "/etc/passwd",
      "images/../../secret.txt",
      "./a.png",
      "a//b.png",
      "",
    ]) {
      writeFileSync(join(dataDir, "assets.json"), JSON.stringify([path]))
      expect(() => writeImages(exportDir, dataDir), path).toThrow(/no path inside assets/)
    }
    writeDataImages(dataDir, {})
    mkdirSync(join(dataDir, "assets"), { recursive: true })
    symlinkSync(join(dataDir, "secret.txt"), join(dataDir, "assets/link.png"))
    writeFileSync(join(dataDir, "assets.json"), JSON.stringify(["link.png", "missing.png"]))
    expect(() => writeImages(exportDir, dataDir)).toThrow(/is not a file/)
    expect(existsSync(join(exportDir, "assets"))).toBe(false)
  })
})
