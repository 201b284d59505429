import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  bundlePlainScript,
  canBePlain,
  clientComponents,
  toPlainPage,
  writePlainScript,
} from "../../scripts/lib/plain-pages.mjs"
import { scriptElements } from "../../scripts/lib/script-elements.mjs"
import { THEME_SCRIPT } from "../../src/lib/theme-script.ts"

/** An inline RSC payload as Next writes it: rows in a JS string, `<` escaped. */
const payload = (rows: string) =>
  `<script>self.__next_f.push([1,${JSON.stringify(rows).replace(/</g, "\\u003c")}])</script>`
/** A page as Next renders it, its client references given as payload rows, `main` its content. */
const page = (references: string, main = "본문") =>
  [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    `<script>${THEME_SCRIPT}</script><script src="/_next/static/chunks/d.js" noModule=""></script>`,
    `</head><body><main>${main}</main>`,
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>`,
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    payload(`1:"$Sreact.fragment"\n2:"/_next/static/chunks/d.js"\n${references}`),
    "</body></html>",
  ].join("")
const HEADER = '3:I[1,["$2"],"SearchBox"]\n4:I[2,["$2"],"ThemeToggle"]\n5:I[3,["$2"],"default"]\n'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe("pages without Next's runtime and React", () => {
  it("should read the client components a payload names, through its string rows too", () => {
    const names = clientComponents(page(`${HEADER}d:"StudyApp"\n6:I[4,["$2"],"$d",1]\n`))
    expect([...names].sort()).toEqual(["SearchBox", "StudyApp", "ThemeToggle", "default"])
  })

  it("should make plain only pages whose client components are the four the plain script replaces", () => {
    expect(canBePlain(page(`${HEADER}6:I[5,["$2"],"Enhancements"]\n7:I[6,["$2"],"StudyBadges"]\n`))).toBe(
      true,
    )
    expect(canBePlain(page(`${HEADER}6:I[5,["$2"],"ShellFilter"]\n`))).toBe(false)
    expect(canBePlain(page(`${HEADER}e:"GraphView"\n6:I[5,["$2"],"$e"]\n`))).toBe(false)
    // A payload this code cannot read keeps React rather than lose what it does.
    expect(canBePlain(page(""))).toBe(false)
  })

  it("should drop every Next script, preload and payload, keep the theme script and load the plain script", () => {
    const plain = toPlainPage(page(HEADER), {
      src: "/base/_next/static/plain/page-X.js",
      imports: ["/base/_next/static/plain/chunk-Y.js"],
    })
    expect(plain).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/)
    expect(plain).not.toContain("__next_f")
    expect(plain).not.toContain("TURBOPACK")
    expect(plain).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')
    expect(plain).toContain(`<script>${THEME_SCRIPT}</script>`)
    expect(plain).toContain(
      '<link rel="modulepreload" href="/base/_next/static/plain/chunk-Y.js"/><script type="module" src="/base/_next/static/plain/page-X.js"></script></head>',
    )
    expect(plain.match(/<script/g)).toHaveLength(2)
  })

  it("should take nothing in a note's content for a script: its text, nor a raw `<` in an attribute", () => {
    // hast-util-to-html escapes `<` in text but not in (double-quoted) attribute values.
    const content =
      '<p><a href="/x/" title="<script>self.__next_f.push([1,\\x])</script> <link rel=\'preload\'>">링크</a>' +
      '&#x3C;script>self.__next_f.push([1,"\\x"])&#x3C;/script> _next/static/chunks/z.js</p>'
    const html = page(`${HEADER}6:I[5,["$2"],"Enhancements"]\n`, content)
    expect(scriptElements(html).map((script) => script.text.includes("__next_f"))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ])
    expect(canBePlain(html)).toBe(true)
    const plain = toPlainPage(html, { src: "/p.js" })
    expect(plain).toContain(`<main>${content}</main>`)
    expect(plain).toContain("</body></html>")
  })

  it("should refuse a page without the pre-paint theme script", () => {
    expect(() => toPlainPage(page(HEADER).replace(THEME_SCRIPT, ""), { src: "/p.js" })).toThrow(
      /theme script/,
    )
  })

  it("should bundle the plain script with a hashed name, its imports all in the export", () => {
    const root = mkdtempSync(join(tmpdir(), "plain-pages-"))
    dirs.push(root)
    const { src, imports } = writePlainScript(root, "/base")
    expect(src).toMatch(/^\/base\/_next\/static\/plain\/page-[\w-]+\.js$/)
    const entry = join(root, src.slice("/base/".length))
    const code = readFileSync(entry, "utf8")
    // The same stored theme as the pre-paint script, the study progress the React badges read.
    expect(code).toContain("kube-notes-theme")
    expect(code).toContain("kube-notes:progress")
    expect(code).toContain("/study-deck.json")
    expect(code).toContain(`"/base"`)
    expect(code).not.toMatch(/from\s*"react"|react-dom/)
    // What the entry imports at once is in the export, and named for the pages to preload.
    const chunks = [...code.matchAll(/from\s*"\.\/([\w-]+\.js)"/g)].map((match) => match[1] ?? "")
    for (const chunk of chunks)
      expect(readFileSync(join(dirname(entry), chunk), "utf8").length).toBeGreaterThan(0)
    expect(imports.map((url) => url.split("/").pop()).sort()).toEqual(chunks.sort())
  })

  it("should reuse the kept bundle while its inputs are unchanged, and bundle again when one changes", () => {
    const root = mkdtempSync(join(tmpdir(), "plain-cache-"))
    dirs.push(root)
    const cacheDir = join(root, "cache")
    writeFileSync(join(root, "shared.ts"), 'export const word = "처음"\n')
    const entry = join(root, "page.ts")
    writeFileSync(entry, 'import { word } from "./shared.ts"\ndocument.title = word\n')
    const textOf = (bundle: { files: { name: string; text: string }[]; entry: string }) =>
      bundle.files.find((file) => file.name === bundle.entry)?.text ?? ""
    expect(textOf(bundlePlainScript({ entry, cacheDir }))).toContain("처음")
    // The kept bundle is what a second call returns: mark it in the manifest.
    const [manifest = ""] = readdirSync(cacheDir).filter((name) => name.endsWith(".json"))
    const kept = JSON.parse(readFileSync(join(cacheDir, manifest), "utf8"))
    kept.bundle.files = kept.bundle.files.map((file: { name: string; text: string }) => ({
      ...file,
      text: "kept",
    }))
    writeFileSync(join(cacheDir, manifest), JSON.stringify(kept))
    expect(textOf(bundlePlainScript({ entry, cacheDir }))).toBe("kept")
    // An imported module changed: bundled again, with the new text.
    writeFileSync(join(root, "shared.ts"), 'export const word = "나중"\n')
    expect(textOf(bundlePlainScript({ entry, cacheDir }))).toContain("나중")
    // Another base path is another bundle.
    expect(textOf(bundlePlainScript({ entry, cacheDir, basePath: "/kn" }))).toContain("나중")
  })
})
