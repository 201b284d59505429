/**
 * Chromium on the hostile export: a page that records what content must never cause (a dialog,
 * a console or page error, a request to another origin) and a check of the document for what it
 * must never hold. Shared by test/web/chromium.test.ts and its full tier.
 *
 * One kind of request may go to another origin: a picture a note shows from an https host
 * (kube-notes.json's default `remoteImages: "show"`), asked for as an image and with no
 * referrer. It is recorded apart (`pictures`) so a test can say exactly which were asked for;
 * it never leaves either (the browser reaches nothing but loopback).
 */
import type { Browser, Page } from "playwright-core"

/** What a page holds that content must never produce; runs in the browser. */
export function inspectDocument(): string[] {
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

export async function openWatched(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; problems: string[]; left: string[]; pictures: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  const left: string[] = []
  const pictures: string[] = []
  const shown = new Set<string>()
  page.on("console", (m) => {
    // A shown remote picture cannot load here (no network): that failure is the only error
    // allowed, and only for a picture recorded as shown.
    if (m.type() === "error" && !shown.has(m.location().url)) problems.push(`console: ${m.text()}`)
  })
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
  page.on("dialog", async (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`)
    await d.dismiss()
  })
  page.on("websocket", (ws) => left.push(`websocket ${ws.url()}`))
  // Every request is seen here as it is issued; one for another origin is recorded. None can
  // leave: the browser sends everything but loopback to a proxy that is not there
  // (launchBrowser). No request interception (context.route), which would turn off Chromium's
  // cache and make every page fetch and compile the site's scripts again.
  context.on("request", (request) => {
    const url = request.url()
    if (new URL(url).origin === origin) return
    // The provisional headers: what the page asked to send.
    const referer = request.headers().referer || undefined // "" without interception
    if (request.resourceType() === "image" && url.startsWith("https://") && referer === undefined) {
      shown.add(url)
      pictures.push(url)
      return
    }
    left.push(`${request.resourceType()} ${url}${referer === undefined ? "" : ` (referer ${referer})`}`)
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
  // Requests are recorded when issued (see openWatched), so a short settle is enough.
  await page.waitForTimeout(50)
  return page.evaluate(inspectDocument)
}

/** Opens every path (two pages at a time, one per core) and returns what any of them did wrong. */
export async function sweepPages(browser: Browser, serverUrl: string, paths: readonly string[]) {
  const origin = new URL(serverUrl).origin
  const findings: string[] = []
  const problems: string[] = []
  const left: string[] = []
  const pictures = new Set<string>()
  await Promise.all(
    [0, 1].map(async (lane) => {
      const watched = await openWatched(browser, origin)
      for (const path of paths.filter((_, i) => i % 2 === lane)) {
        for (const finding of await visit(watched.page, `${serverUrl}${path}`))
          findings.push(`${path}: ${finding}`)
        problems.push(...watched.problems.splice(0).map((p) => `${path}: ${p}`))
        left.push(...watched.left.splice(0).map((l) => `${path}: ${l}`))
        for (const url of watched.pictures.splice(0)) pictures.add(url)
      }
      await watched.page.context().close()
    }),
  )
  return { findings, problems, left, pictures: [...pictures].sort() }
}
