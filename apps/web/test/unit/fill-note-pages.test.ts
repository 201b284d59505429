import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  encodeTemplate,
  fillNotePages,
  fillTemplate,
  fillTemplateBytes,
  NOTE_TEMPLATE_SEGMENT,
  parseTemplate,
} from "../../scripts/lib/fill-note-pages.mjs"
import {
  NOTE_CONTENT_SLOT,
  NOTE_TITLE_SLOT,
  NOTE_TEMPLATE_SEGMENT as TEMPLATE_SEGMENT,
} from "../../src/lib/placeholder.ts"
import { THEME_SCRIPT } from "../../src/lib/theme-script.ts"

/**
 * The shape of the page Next renders for the template: slots in the HTML and in the payload, the
 * pre-paint theme script, Next's runtime.
 */
const payload = (rows: string) =>
  `<script>self.__next_f.push([1,${JSON.stringify(rows).replace(/</g, "\\u003c")}])</script>`
const TEMPLATE = [
  `<!DOCTYPE html><html><head><title>${NOTE_TITLE_SLOT} · kube-notes</title><script>${THEME_SCRIPT}</script>`,
  `<script src="/_next/static/chunks/0abc.js" async=""></script></head><body>`,
  `<main><div class="page note-page">${NOTE_CONTENT_SLOT}</div></main>`,
  payload(`2:["$","title",null,{"children":"${NOTE_TITLE_SLOT} · kube-notes"}]\n`),
  payload(
    `3:["$","div",null,{"className":"page note-page","dangerouslySetInnerHTML":{"__html":"${NOTE_CONTENT_SLOT}"}}]\n`,
  ),
  "</body></html>",
].join("")

/** The RSC rows a filled page's inline scripts hand to React, as the browser would read them. */
function payloadRows(page: string): string {
  let rows = ""
  const self = {
    __next_f: {
      push: ([, text]: [number, string]) => {
        rows += text
      },
    },
  }
  for (const [, script] of page.matchAll(/<script>([\s\S]*?)<\/script>/g))
    if (script?.includes("__next_f")) new Function("self", script)(self)
  return rows
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe("note pages written from the template Next rendered", () => {
  it("should use the same template segment and slots as the note route", () => {
    expect(NOTE_TEMPLATE_SEGMENT).toBe(TEMPLATE_SEGMENT)
    expect(() => parseTemplate(TEMPLATE)).not.toThrow()
  })

  it("should put the content in the HTML once and leave the payload's content slot alone", () => {
    const page = fillTemplate(parseTemplate(TEMPLATE), { content: "<h1>노트</h1>", title: "노트" })
    expect(page).toContain('<div class="page note-page"><h1>노트</h1></div>')
    expect(page.split("<h1>노트</h1>")).toHaveLength(2)
    expect(payloadRows(page)).toContain(`"__html":"${NOTE_CONTENT_SLOT}"`)
  })

  it("should name the note in <title> and in the payload, escaped for each, whatever the title holds", () => {
    const title = `</script><script>alert("x")</script> & "따옴표" \\ \u2028`
    const page = fillTemplate(parseTemplate(TEMPLATE), { content: "", title })
    expect(page).toContain(
      `<title>&lt;/script&gt;&lt;script&gt;alert("x")&lt;/script&gt; &amp; "따옴표" \\ \u2028 · kube-notes</title>`,
    )
    // The only script tags are the template's own three.
    expect(page.match(/<script>/g)).toHaveLength(3)
    const titleRow = payloadRows(page).split("\n")[0] ?? ""
    expect(JSON.parse(titleRow.slice(2))[3].children).toBe(`${title} · kube-notes`)
  })

  it("should write the same page as bytes, from the content's bytes, as it makes as text", () => {
    const template = parseTemplate(TEMPLATE)
    const title = `</script> & "노트" \u2028`
    const content = '<p>본문 &amp; <span class="term">용어</span> 😀</p>'
    const bytes = fillTemplateBytes(template, encodeTemplate(template), {
      content: Buffer.from(content),
      title,
    })
    expect(bytes.toString("utf8")).toBe(fillTemplate(template, { content, title }))
  })

  it("should refuse a template whose content or title slot is missing", () => {
    expect(() => parseTemplate(TEMPLATE.replace(NOTE_CONTENT_SLOT, ""))).toThrow(/0 content and 1 title/)
    expect(() => parseTemplate(TEMPLATE.replace(`<title>${NOTE_TITLE_SLOT}`, "<title>"))).toThrow(
      /1 content and 0 title/,
    )
  })

  it("should write every indexed note's page at its decoded path and remove the template page", () => {
    const root = mkdtempSync(join(tmpdir(), "fill-note-pages-"))
    dirs.push(root)
    const exportDir = join(root, "out")
    const dataDir = join(root, "data")
    mkdirSync(join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT), { recursive: true })
    writeFileSync(join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT, "index.html"), TEMPLATE)
    mkdirSync(join(dataDir, "note-html"), { recursive: true })
    writeFileSync(join(dataDir, "note-html/a.html"), "<p>가</p>")
    writeFileSync(join(dataDir, "note-html/b.html"), "<p>나</p>")
    const pages = [
      { key: "폴더/첫 노트", title: "첫 노트", html: "note-html/a.html", digest: "1" },
      { key: "b", title: "B", html: "note-html/b.html", digest: "2" },
    ]
    writeFileSync(join(dataDir, "note-html/index.json"), JSON.stringify({ codeKey: "k", pages }))
    expect(fillNotePages(exportDir, dataDir)).toBe(2)
    const first = readFileSync(join(exportDir, "notes", "폴더", "첫 노트", "index.html"), "utf8")
    expect(first).toContain('<div class="page note-page"><p>가</p></div>')
    expect(first).toContain("<title>첫 노트 · kube-notes</title>")
    expect(readFileSync(join(exportDir, "notes", "b", "index.html"), "utf8")).toContain("<p>나</p>")
    // Written without Next's runtime and payload, with the plain script, which is in the export.
    expect(first).not.toContain("_next/static/chunks/")
    expect(first).not.toContain("self.__next_f")
    const script = /<script type="module" src="\/(_next\/static\/plain\/page-[\w-]+\.js)"><\/script>/.exec(
      first,
    )
    expect(script?.[1]).toBeDefined()
    expect(readFileSync(join(exportDir, script?.[1] ?? ""), "utf8")).toContain("kube-notes-theme")
    expect(() => readFileSync(join(exportDir, "notes", NOTE_TEMPLATE_SEGMENT, "index.html"))).toThrow()
  })
})
