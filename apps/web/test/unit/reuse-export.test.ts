import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { keepUnchangedPages, listStaticFiles } from "../../scripts/lib/reuse-export.mjs"
import { type NotePageEntry, selectNotesToRender } from "../../src/lib/data/note-pages.ts"

const roots: string[] = []
const scratch = () => {
  const root = mkdtempSync(join(tmpdir(), "kn-reuse-"))
  roots.push(root)
  return root
}
const put = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const entry = (key: string, digest: string): NotePageEntry => ({ key, id: `note:${key}`, file: "", digest })

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
  delete process.env.KUBE_NOTES_WEB_REUSE
})

describe("a rebuild that keeps unchanged note pages", () => {
  it("should render every note without a previous export, and only changed or new notes with one", () => {
    const pages = [entry("a", "1"), entry("b", "2"), entry("c", "3")]
    expect(selectNotesToRender(pages).map((page) => page.key)).toEqual(["a", "b", "c"])
    const state = join(scratch(), "export-state.json")
    writeFileSync(state, JSON.stringify({ pages: [entry("a", "1"), entry("b", "old")] }))
    process.env.KUBE_NOTES_WEB_REUSE = state
    expect(selectNotesToRender(pages).map((page) => page.key)).toEqual(["b", "c"])
  })

  it("should move the pages Next did not render from the previous export and leave rendered ones", () => {
    const previous = scratch()
    const out = scratch()
    put(previous, "notes/01 기초/a/index.html", "old a")
    put(previous, "notes/b/index.html", "old b")
    put(out, "notes/b/index.html", "new b")
    const kept = keepUnchangedPages(previous, out, [entry("01 기초/a", "1"), entry("b", "2")])
    expect(kept).toBe(1)
    expect(readFileSync(join(out, "notes/01 기초/a/index.html"), "utf8")).toBe("old a")
    expect(readFileSync(join(out, "notes/b/index.html"), "utf8")).toBe("new b")
  })

  it("should drop the placeholder page a rebuild without changed notes renders, and keep notes that are gone out", () => {
    const previous = scratch()
    const out = scratch()
    put(previous, "notes/a/index.html", "a")
    put(previous, "notes/removed/index.html", "removed")
    put(out, "notes/_none/index.html", "no notes")
    keepUnchangedPages(previous, out, [entry("a", "1")])
    expect(existsSync(join(out, "notes/_none"))).toBe(false)
    expect(existsSync(join(out, "notes/removed"))).toBe(false)
    expect(existsSync(join(out, "notes/a/index.html"))).toBe(true)
  })

  it("should refuse a previous export that lacks a page it should keep", () => {
    expect(() => keepUnchangedPages(scratch(), scratch(), [entry("a", "1")])).toThrow(
      /previous export is incomplete/,
    )
  })

  it("should tell compiled outputs apart by their static files' names", () => {
    const a = scratch()
    const b = scratch()
    put(a, "_next/static/chunks/one-abc.js", "")
    put(b, "_next/static/chunks/one-abc.js", "")
    expect(listStaticFiles(a)).toBe(listStaticFiles(b))
    put(b, "_next/static/chunks/two-def.js", "")
    expect(listStaticFiles(a)).not.toBe(listStaticFiles(b))
  })
})
