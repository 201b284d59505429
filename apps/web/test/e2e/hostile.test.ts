import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { reusedPage, startBrowser } from "./browser.ts"
import { serveTestExport } from "./test-exports.ts"

// Built while the tests run from test/fixtures/hostile: a note and a glossary full of script payloads.
let hostile: string
let server: { url: string; close: () => void }
let browser: Browser
beforeAll(async () => {
  browser = await startBrowser()
  server = await serveTestExport("hostile")
  hostile = server.url
})
afterAll(async () => {
  await browser?.close()
  server?.close()
})

describe("a note full of HTML and script payloads", () => {
  it("should render inert on every page: no dialog, no console error, no script or frame from the note", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${hostile}/`)
    const noteHref = await page.locator(".reading-note").first().getAttribute("href")
    expect(noteHref).toBeTruthy()
    const paths = ["/", noteHref ?? "", "/terms/kubelet/", "/glossary/", "/commands/", "/graph/"]
    for (const path of paths) {
      await page.goto(`${hostile}${path}`, { waitUntil: "networkidle" })
      // Hover and focus everything a payload could hide behind.
      for (const link of await page.locator(".term-link").all()) {
        await link.hover()
        await link.focus()
      }
      const found = await page.evaluate(() => ({
        frames: document.querySelectorAll(
          "iframe, object, embed, main form, svg script, style:not([data-precedence])",
        ).length,
        // Next's own inline scripts carry the page data (payloads included, as escaped strings).
        inlineScripts: [...document.scripts].filter(
          (s) =>
            !s.src && /alert/.test(s.textContent ?? "") && !/^\(?self\.__next_f/.test(s.textContent ?? ""),
        ).length,
        handlers: [...document.querySelectorAll("main *")].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith("on")),
        ).length,
        jsLinks: [...document.querySelectorAll("a[href]")].filter((a) =>
          /^\s*(javascript|data):/i.test(a.getAttribute("href") ?? ""),
        ).length,
      }))
      expect({ path, ...found }).toEqual({ path, frames: 0, inlineScripts: 0, handlers: 0, jsLinks: 0 })
    }
    await page.goto(`${hostile}${noteHref}`)
    for (const link of await page.locator("main a").all()) {
      const href = await link.getAttribute("href")
      if (href === null) await link.click({ trial: false, force: true }).catch(() => {})
    }
    // The payloads are shown as text, so the author can see and fix them.
    expect(await page.locator("article").textContent()).toContain("<script>alert(1)</script>")
    expect(problems).toEqual([])
  })

  it("should not run the SVG's script: the SVG is refused at build time and shown as missing", async () => {
    const { page, problems } = await reusedPage(browser)
    const response = await page.goto(`${hostile}/assets/images/evil.svg`)
    expect(response?.status()).toBe(404)
    expect(problems.filter((p) => p.startsWith("dialog"))).toEqual([])
  })
})
