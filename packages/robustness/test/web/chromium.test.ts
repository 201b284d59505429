/**
 * Layer 3: the hostile folder (every XSS vector, terminal escape, path escape, broken file,
 * symlink) exported by apps/web and opened page by page in real Chromium. On every page: no
 * dialog, no console error or page error, no request leaving the local server but the https
 * pictures notes show (kube-notes.json's default `remoteImages: "show"`; answered here, sent
 * nowhere, and asked for with no referrer), no <script> that is not the site's own, no `on*`
 * attribute, no `javascript:`/`vbscript:`/`data:` URL in any link or source.
 */

import { launchBrowser } from "@kube-notes/web/scripts/lib/browser.mjs"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { XSS_VECTORS } from "../../src/xss-vectors.ts"
import { writeHostileTemp } from "../helpers/hostile-on-disk.ts"
import { buildWebExport, listPages, serveExport } from "../helpers/web-export.ts"

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

/** What a page holds that content must never produce; runs in the browser. */
function inspectDocument(): string[] {
  const found: string[] = []
  const unsafeUrl = /^(?:javascript|vbscript|data|file):/i
  // Browsers ignore whitespace and control characters inside a scheme.
  const clean = (value: string) => value.replace(/[\u0000-\u0020]/g, "")
  for (const script of Array.from(document.scripts)) {
    const text = script.textContent ?? ""
    const own =
      (script.src !== "" &&
        new URL(script.src).origin === location.origin &&
        script.src.includes("/_next/")) ||
      /^\(?self\.__next_[a-z]/.test(text) ||
      // Turbopack's chunk loader.
      /^\(globalThis\["TURBOPACK"\]/.test(text) ||
      // The site's theme script, set before paint from localStorage.
      (script.src === "" && /localStorage/.test(text) && !/alert|evil\.example/.test(text))
    if (!own) found.push(`script: ${script.outerHTML.slice(0, 120)}`)
    if (script.closest("main, article, svg"))
      found.push(`script inside content: ${script.outerHTML.slice(0, 120)}`)
  }
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}="${attr.value.slice(0, 60)}"`)
      if (/^(?:href|xlink:href|src|srcset|action|formaction|data|poster|background)$/i.test(attr.name)) {
        if (unsafeUrl.test(clean(attr.value)))
          found.push(`${el.tagName} ${attr.name}="${attr.value.slice(0, 60)}"`)
      }
    }
  }
  for (const el of Array.from(
    document.querySelectorAll("iframe, frame, object, embed, applet, base, meta[http-equiv]"),
  )) {
    // The site's own image policy, first in <head> (content is sanitised and only reaches <body>).
    const ownPolicy =
      el.parentElement === document.head &&
      el.getAttribute("http-equiv") === "Content-Security-Policy" &&
      /^img-src 'self'( https:)?$/.test(el.getAttribute("content") ?? "")
    if (!ownPolicy) found.push(`element: ${el.outerHTML.slice(0, 120)}`)
  }
  for (const el of Array.from(
    document.querySelectorAll("main form, article form, article style, main style"),
  ))
    found.push(`element: ${el.outerHTML.slice(0, 120)}`)
  return found
}

/** A 1×1 PNG: the answer to a remote picture, so nothing is sent and nothing logs an error. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
)

async function openWatched(
  origin: string,
): Promise<{ page: Page; problems: string[]; left: string[]; pictures: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  const left: string[] = []
  const pictures: string[] = []
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
  page.on("dialog", async (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`)
    await d.dismiss()
  })
  page.on("websocket", (ws) => left.push(`websocket ${ws.url()}`))
  // Every request passes here: local ones go on, anything else is recorded and never sent.
  await context.route("**/*", async (route) => {
    const request = route.request()
    const url = request.url()
    if (new URL(url).origin === origin) return route.continue()
    // A shown remote picture: an https image asked for with no referrer. Anything else leaving
    // (another scheme, a script, a picture that would tell the host which page asked) is a finding.
    // The provisional headers (sync): awaiting allHeaders() here can stall a paused request.
    const referer = request.headers().referer
    if (request.resourceType() === "image" && url.startsWith("https://") && referer === undefined) {
      pictures.push(url)
      return route.fulfill({ status: 200, contentType: "image/png", body: PIXEL })
    }
    left.push(`${request.resourceType()} ${url}${referer === undefined ? "" : ` (referer ${referer})`}`)
    return route.abort()
  })
  return { page, problems, left, pictures }
}

async function visit(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: "load" })
  // Lazy images load only near the viewport: scroll through the page.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 800) {
      window.scrollTo(0, y)
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
  })
  // Requests are recorded when issued (see the route), so a short settle is enough.
  await page.waitForTimeout(50)
  return page.evaluate(inspectDocument)
}

describe("the hostile export in Chromium", () => {
  it("should export a page for every note and reach them all", () => {
    expect(buildOutput).toContain("unsafe-path")
    const notes = pages.filter((p) => p.startsWith("/notes/"))
    // good, paths, xss (6 notes + 12 titles), terminal (27 + 2 names), broken that still build.
    expect(notes.length).toBeGreaterThanOrEqual(60)
    expect(pages).toContain("/glossary/")
  })

  it("should run no script, open no dialog, log no error and send nothing off the server on any page", async () => {
    const origin = new URL(server.url).origin
    const findings: string[] = []
    const problems: string[] = []
    const left: string[] = []
    const pictures = new Set<string>()
    // Two pages at a time, one per core.
    await Promise.all(
      [0, 1].map(async (lane) => {
        const watched = await openWatched(origin)
        for (const path of pages.filter((_, i) => i % 2 === lane)) {
          for (const finding of await visit(watched.page, `${server.url}${path}`))
            findings.push(`${path}: ${finding}`)
          problems.push(...watched.problems.splice(0).map((p) => `${path}: ${p}`))
          left.push(...watched.left.splice(0).map((l) => `${path}: ${l}`))
          for (const url of watched.pictures.splice(0)) pictures.add(url)
        }
      }),
    )
    expect(findings).toEqual([])
    expect(left).toEqual([])
    expect(problems).toEqual([])
    // Only the https vectors' pictures were asked for: never http:, //, data:, or a reference to one.
    expect([...pictures].sort()).toEqual([
      "https://evil.example/t.png",
      "https://evil.example/tracker.png",
      "https://evil.example/x.png%22onerror=%22alert(1)",
    ])
  }, 900_000)

  it("should catch what it looks for: a request off the server, a handler, a script URL, a dialog", async () => {
    const { page, problems, left } = await openWatched(new URL(server.url).origin)
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
    const { page } = await openWatched(new URL(server.url).origin)
    await page.goto(`${server.url}/notes/xss/paragraphs/`)
    const text = (await page.locator("article").textContent()) ?? ""
    expect(text).toContain("<script>alert('script-tag')</script>")
    expect(XSS_VECTORS.filter((v) => !text.includes(v.name)).map((v) => v.name)).toEqual([])
  })
})
