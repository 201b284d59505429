import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import {
  escapeLikeReact,
  fillListTemplate,
  fillPageSlot,
  LIST_TEMPLATES,
  pageFolderOf,
  parseListTemplate,
  writeListPages,
} from "../../scripts/lib/fill-list-pages.mjs"
import {
  COMMAND_TEMPLATE_SEGMENT,
  PAGE_BODY_SLOT,
  PAGE_CONTENT_SLOT,
  PAGE_DESCRIPTION_SLOT,
  PAGE_TITLE_SLOT,
  PATH_LIST_SLOT,
  PLACEHOLDER_SEGMENT,
  TERM_TEMPLATE_SEGMENT,
} from "../../src/lib/placeholder.ts"

/** A plain template page as plain-pages.mjs leaves it: slots in the HTML only. */
const template = (description: boolean) =>
  [
    `<!DOCTYPE html><html><head><title>${PAGE_TITLE_SLOT} · kube-notes</title>`,
    // A route without a description of its own keeps the site's (the command pages).
    description
      ? `<meta name="description" content="${PAGE_DESCRIPTION_SLOT}"/>`
      : `<meta name="description" content="site"/>`,
    `<script type="module" src="/p.js"></script></head><body><main id="main">${PAGE_CONTENT_SLOT}<!--$--><!--/$--></main></body></html>`,
  ].join("")

const scratch: string[] = []
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe("list page templates (fill-list-pages.mjs)", () => {
  it("names the templates and slots the routes render (src/lib/placeholder.ts)", () => {
    expect(LIST_TEMPLATES).toEqual({ terms: TERM_TEMPLATE_SEGMENT, commands: COMMAND_TEMPLATE_SEGMENT })
    const filled = fillListTemplate(parseListTemplate(template(true)), {
      html: "<p>x</p>",
      title: "t",
      description: "d",
    })
    expect(filled).not.toMatch(/kn-page-/)
  })

  it("puts the markup as it is, and the title and description escaped as React escapes them", () => {
    const page = fillListTemplate(parseListTemplate(template(true)), {
      html: '<div class="page term-page"><h1>a &amp; b</h1></div>',
      title: `kubectl get -o jsonpath='{.a}' | grep "<x>" & y`,
      description: `"quoted" <b>`,
    })
    expect(page).toContain(
      "<title>kubectl get -o jsonpath=&#x27;{.a}&#x27; | grep &quot;&lt;x&gt;&quot; &amp; y · kube-notes</title>",
    )
    expect(page).toContain('<meta name="description" content="&quot;quoted&quot; &lt;b&gt;"/>')
    expect(page).toContain('<main id="main"><div class="page term-page"><h1>a &amp; b</h1></div><!--$-->')
    expect(escapeLikeReact("Pod's <&>\"")).toBe("Pod&#x27;s &lt;&amp;&gt;&quot;")
  })

  it("leaves the description element out for an empty description, as Next does", () => {
    const page = fillListTemplate(parseListTemplate(template(true)), {
      html: "",
      title: "t",
      description: "",
    })
    expect(page).not.toContain('name="description"')
    expect(page).toContain("<title>t · kube-notes</title><script")
  })

  it("keeps a route's own default description when its template has no description slot", () => {
    const page = fillListTemplate(parseListTemplate(template(false)), { html: "", title: "kubectl" })
    expect(page).toContain('<title>kubectl · kube-notes</title><meta name="description" content="site"/>')
  })

  it("refuses a template whose slots are missing, doubled or out of place", () => {
    expect(() => parseListTemplate(template(true).replace(PAGE_CONTENT_SLOT, ""))).toThrow(/0 content/)
    expect(() => parseListTemplate(`${template(true)}${PAGE_TITLE_SLOT}`)).toThrow(/2 title/)
    expect(() => parseListTemplate(`${template(false)}<p>${PAGE_DESCRIPTION_SLOT}</p>`)).toThrow(
      /outside a description element/,
    )
  })

  it("names a page's folder as Next does: path delimiters escaped, Korean and spaces kept", () => {
    expect(pageFolderOf("쿠버네티스-클러스터")).toBe("쿠버네티스-클러스터")
    expect(pageFolderOf("tcp/ip")).toBe("tcp%2Fip")
    expect(pageFolderOf("a?b#c\\d")).toBe("a%3Fb%23c%5Cd")
    expect(pageFolderOf("x%2fy")).toBe("x%252fy")
  })

  it("writes every page from its route's template and removes the templates", () => {
    const out = mkdtempSync(join(tmpdir(), "kube-notes-list-pages-"))
    scratch.push(out)
    for (const [route, segment] of Object.entries(LIST_TEMPLATES)) {
      mkdirSync(join(out, route, segment), { recursive: true })
      writeFileSync(join(out, route, segment, "index.html"), template(route === "terms"))
    }
    const written = writeListPages(out, [
      { route: "terms", segment: "pod", title: "Pod", description: "the smallest unit", html: "<p>pod</p>" },
      { route: "commands", segment: "cmd-1abc", title: "kubectl get pods", html: "<p>get</p>" },
    ])
    expect(written).toBe(2)
    expect(existsSync(join(out, "terms", TERM_TEMPLATE_SEGMENT))).toBe(false)
    expect(existsSync(join(out, "commands", COMMAND_TEMPLATE_SEGMENT))).toBe(false)
    expect(readFileSync(join(out, "terms/pod/index.html"), "utf8")).toContain(
      '<title>Pod · kube-notes</title><meta name="description" content="the smallest unit"/>',
    )
    expect(readFileSync(join(out, "commands/cmd-1abc/index.html"), "utf8")).toContain(
      '<main id="main"><p>get</p>',
    )
  })

  it("removes a route's empty-site page when the route has pages, and keeps it when it has none", () => {
    const out = mkdtempSync(join(tmpdir(), "kube-notes-list-pages-"))
    scratch.push(out)
    for (const [route, segment] of Object.entries(LIST_TEMPLATES)) {
      mkdirSync(join(out, route, segment), { recursive: true })
      writeFileSync(join(out, route, segment, "index.html"), template(route === "terms"))
      mkdirSync(join(out, route, PLACEHOLDER_SEGMENT))
      writeFileSync(join(out, route, PLACEHOLDER_SEGMENT, "index.html"), "<p>none</p>")
    }
    writeListPages(out, [{ route: "terms", segment: "pod", title: "Pod", html: "<p>pod</p>" }])
    expect(existsSync(join(out, "terms", PLACEHOLDER_SEGMENT))).toBe(false)
    expect(readFileSync(join(out, "commands", PLACEHOLDER_SEGMENT, "index.html"), "utf8")).toBe("<p>none</p>")
  })

  it("fills the learning path's list in the page's HTML and leaves the slot in its RSC payload", () => {
    const out = mkdtempSync(join(tmpdir(), "kube-notes-path-list-"))
    scratch.push(out)
    mkdirSync(join(out, "path"))
    const payload = `<script>self.__next_f.push([1,"5:[\\"$\\",\\"ol\\",null,{\\"dangerouslySetInnerHTML\\":{\\"__html\\":\\"${PATH_LIST_SLOT}\\"}}]"])</script>`
    const page = `<html><head><script>x</script></head><body><ol class="learning-path">${PATH_LIST_SLOT}</ol>${payload}</body></html>`
    writeFileSync(join(out, "path/index.html"), page)
    fillPageSlot(out, { page: "path/index.html", slot: PATH_LIST_SLOT, html: "<li>a</li><li>b</li>" })
    const filled = readFileSync(join(out, "path/index.html"), "utf8")
    expect(filled).toContain('<ol class="learning-path"><li>a</li><li>b</li></ol>')
    expect(filled).toContain(payload)
    expect(() => fillPageSlot(out, { page: "path/index.html", slot: PATH_LIST_SLOT, html: "" })).toThrow(
      /0 times in its HTML/,
    )
  })

  it("fills a plain page's content slot (home, the glossary, the cheat sheet) and refuses a page with two", () => {
    const out = mkdtempSync(join(tmpdir(), "kube-notes-page-body-"))
    scratch.push(out)
    const page = `<html><head><script>kn-page-body-slot</script></head><body><main id="main"><div class="page home">${PAGE_BODY_SLOT}</div></main></body></html>`
    writeFileSync(join(out, "index.html"), page)
    fillPageSlot(out, { page: "index.html", slot: PAGE_BODY_SLOT, html: "<h1>홈</h1>" })
    const filled = readFileSync(join(out, "index.html"), "utf8")
    // The slot word inside a script is not the slot: only the one in the page's HTML is filled.
    expect(filled).toBe(page.replace(`home">${PAGE_BODY_SLOT}`, 'home"><h1>홈</h1>'))
    writeFileSync(join(out, "index.html"), page.replace("</main>", `${PAGE_BODY_SLOT}</main>`))
    expect(() => fillPageSlot(out, { page: "index.html", slot: PAGE_BODY_SLOT, html: "" })).toThrow(
      /2 times in its HTML/,
    )
  })
})
