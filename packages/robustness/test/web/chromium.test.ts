/**
 * Layer 3: the hostile folder (every XSS vector, terminal escape, path escape, broken file,
 * symlink) exported by apps/web and opened in real Chromium: every page that holds the vectors
 * and one page of each kind (the sweep of all ~270 pages is chromium-every-page.full.test.ts,
 * `pnpm test:full`). On each page: no dialog, no console error or page error, no request leaving
 * the local server but the https pictures notes show (kube-notes.json's default
 * `remoteImages: "show"`, asked for with no referrer), no <script> that is not the site's own,
 * no `on*` attribute, no `javascript:`/`vbscript:`/`data:` URL in any link or source.
 */

import { launchBrowser } from "@kube-notes/web/scripts/lib/browser.mjs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { XSS_VECTORS } from "../../src/xss-vectors.ts"
import { writeHostileTemp } from "../helpers/hostile-on-disk.ts"
import { inspectDocument, openWatched, sweepPages } from "../helpers/watched-page.ts"
import { buildWebExport, listPages, pagesHoldingVectors, serveExport } from "../helpers/web-export.ts"

let browser: Browser
let server: { url: string; close: () => void }
let pages: string[]
let buildOutput: string

beforeAll(async () => {
  const { root } = await writeHostileTemp("web")
  buildOutput = await buildWebExport(root)
  pages = await listPages()
  server = await serveExport()
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
})

describe("the hostile export in Chromium", () => {
  it("should export a page for every note and reach them all", () => {
    expect(buildOutput).toContain("unsafe-path")
    const notes = pages.filter((p) => p.startsWith("/notes/"))
    // good, paths, xss (6 notes + 12 titles), terminal (27 + 2 names), broken that still build.
    expect(notes.length).toBeGreaterThanOrEqual(60)
    expect(pages).toContain("/glossary/")
  })

  it("should run no script, open no dialog, log no error and send nothing off the server on the pages that hold the vectors", async () => {
    const chosen = pagesHoldingVectors(pages)
    // Every XSS, path and link note, the glossary, the command list, the graph, home, 404, and
    // one page of each kind repeated per term, command, terminal note, broken note, hostile title.
    expect(chosen.length).toBeGreaterThanOrEqual(15)
    expect(chosen).toEqual(expect.arrayContaining(["/", "/glossary/", "/commands/", "/graph/"]))
    const { findings, left, problems, pictures } = await sweepPages(browser, server.url, chosen)
    expect(findings).toEqual([])
    expect(left).toEqual([])
    expect(problems).toEqual([])
    // Only the https vectors' pictures were asked for: never http:, //, data:, or a reference to one.
    expect(pictures).toEqual([
      "https://evil.example/t.png",
      "https://evil.example/tracker.png",
      "https://evil.example/x.png%22onerror=%22alert(1)",
    ])
  })

  it("should catch what it looks for: a request off the server, a handler, a script URL, a dialog", async () => {
    const { page, problems, left } = await openWatched(browser, new URL(server.url).origin)
    await page.goto(`${server.url}/`)
    const failed = page.waitForEvent("requestfailed", (request) => request.url().includes("probe.png"))
    const dialog = page.waitForEvent("dialog")
    await page.evaluate(() => {
      const img = new Image()
      img.src = "https://evil.example/probe.png"
      document.body.append(img)
      const a = document.createElement("a")
      a.href = "javascript:void(0)"
      a.setAttribute("onclick", "x()")
      document.body.append(a)
      setTimeout(() => alert("probe"), 0)
    })
    // Wait for the events themselves, not a fixed time: the machine may be slow.
    await Promise.all([failed, dialog])
    // `new Image()` keeps the default referrer policy: the host would learn the page, so it is caught.
    expect(left).toEqual([`image https://evil.example/probe.png (referer ${server.url}/)`])
    expect(await page.evaluate(inspectDocument)).toEqual(['A href="javascript:void(0)"', 'A onclick="x()"'])
    expect(problems).toContain("dialog: alert probe")
  })

  it("should show the vectors as text on the note page, so the author can fix them", async () => {
    const { page } = await openWatched(browser, new URL(server.url).origin)
    await page.goto(`${server.url}/notes/xss/paragraphs/`)
    const text = (await page.locator("article").textContent()) ?? ""
    expect(text).toContain("<script>alert('script-tag')</script>")
    expect(XSS_VECTORS.filter((v) => !text.includes(v.name)).map((v) => v.name)).toEqual([])
  })
})
