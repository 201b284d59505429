/**
 * Remote pictures in real Chromium, on the hostile export (test/fixtures/hostile/원격 이미지.md,
 * default kube-notes.json: remoteImages "show"). The machine has no network: every https
 * picture is answered here with a 1×1 PNG, so the test checks what the page asks for and the
 * attributes it asks with, never a real download.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { noteUrl } from "../../src/lib/urls.ts"
import { reusedPage, startBrowser } from "./browser.ts"
import { serveTestExport } from "./test-exports.ts"

let hostile: string
let server: { url: string; close: () => void }
const NOTE = noteUrl("원격 이미지")
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
)

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

interface OffSite {
  readonly url: string
  readonly type: string
  readonly referer: string | undefined
}

/** The file's one page, whose context answers every request off the local server locally. */
let note: Promise<{ page: Page; offSite: OffSite[] }> | undefined

async function notePage(): Promise<{ page: Page; offSite: OffSite[] }> {
  const { page } = await reusedPage(browser)
  const origin = new URL(hostile).origin
  const offSite: OffSite[] = []
  await page.context().route("**/*", async (route) => {
    const request = route.request()
    if (new URL(request.url()).origin === origin) return route.continue()
    // The provisional headers (sync): awaiting allHeaders() here can stall a paused request.
    const referer = request.headers().referer
    offSite.push({ url: request.url(), type: request.resourceType(), referer })
    return route.fulfill({ status: 200, contentType: "image/png", body: PIXEL })
  })
  return { page, offSite }
}

/**
 * The note page, loaded again for each test, with every request off the local server recorded
 * (from this load only) and answered locally. One page for all: a fresh context per test started
 * a renderer that fetched, decoded and compiled everything again (interception turns the cache off).
 */
async function openNote(): Promise<{ page: Page; problems: string[]; offSite: OffSite[] }> {
  note ??= notePage()
  const { page, offSite } = await note
  // Empties the problems for this test (reusedPage), then forgets the requests of the last load.
  const { problems } = await reusedPage(browser)
  offSite.length = 0
  await page.goto(`${hostile}${NOTE}`, { waitUntil: "load" })
  // Lazy pictures load only near the viewport.
  for (const img of await page.locator("article img").all()) await img.scrollIntoViewIfNeeded()
  await page.waitForFunction(() =>
    [...document.querySelectorAll("article img")].every((img) => (img as HTMLImageElement).complete),
  )
  return { page, problems, offSite }
}

describe("remote images in the browser", () => {
  it("should show each https picture as a lazy, async, no-referrer <img> with alt text", async () => {
    const { page, problems } = await openNote()
    const imgs = await page.locator("article img").evaluateAll((list) =>
      list.map((img) => ({
        src: img.getAttribute("src"),
        alt: img.getAttribute("alt"),
        loading: img.getAttribute("loading"),
        decoding: img.getAttribute("decoding"),
        referrerpolicy: img.getAttribute("referrerpolicy"),
      })),
    )
    const shown = { loading: "lazy", decoding: "async", referrerpolicy: "no-referrer" }
    expect(imgs).toEqual([
      { src: "https://images.example.com/cluster.png", alt: "클러스터 구성도", ...shown },
      {
        src: "https://user-images.githubusercontent.com/1234/5f3c9a1e-77b0-4c1e-9d2a-0e5c1d2f3a4b.png",
        alt: "‘설치 화면’ 절의 그림",
        ...shown,
      },
      {
        src: "https://raw.githubusercontent.com/u/r/main/img/pod-lifecycle.png",
        alt: "pod-lifecycle",
        ...shown,
      },
    ])
    expect(problems).toEqual([])
  })

  it("should ask other hosts only for the https pictures, and send them no referrer", async () => {
    const { offSite } = await openNote()
    expect(offSite.map((r) => r.url).sort()).toEqual(
      [
        "https://images.example.com/cluster.png",
        "https://raw.githubusercontent.com/u/r/main/img/pod-lifecycle.png",
        "https://user-images.githubusercontent.com/1234/5f3c9a1e-77b0-4c1e-9d2a-0e5c1d2f3a4b.png",
      ].sort(),
    )
    expect(offSite.filter((r) => r.type !== "image" || r.referer !== undefined)).toEqual([])
  })

  it("should leave http, protocol-relative, data: and javascript: pictures as links or text, never images", async () => {
    const { page } = await openNote()
    const links = await page
      .locator("article .remote-image a")
      .evaluateAll((list) => list.map((a) => [a.getAttribute("href"), a.textContent]))
    expect(links).toEqual([
      ["http://evil.example/tracker.png", "평문 HTTP (evil.example)"],
      ["//evil.example/relative.png", "주소만 있는 그림 (evil.example)"],
      ["http://evil.example/reference.png", "참조 HTTP (evil.example)"],
    ])
    const missing = await page.locator("article .missing-image code").allTextContents()
    expect(missing).toEqual([
      "data:image/png;base64,iVBORw0KGgo=",
      "javascript:alert('remote-image')",
      "javascript:alert('image-reference')",
    ])
    expect(await page.locator('article img:not([src^="https://"])').count()).toBe(0)
  })

  it("should let the page's Content-Security-Policy refuse http: and data: pictures that content could not add", async () => {
    const { page } = await openNote()
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(
      "img-src 'self' https:",
    )
    const refused = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const blocked: string[] = []
          document.addEventListener("securitypolicyviolation", (event) => {
            blocked.push(event.blockedURI.slice(0, 5))
            if (blocked.length === 2) resolve(blocked)
          })
          for (const src of ["http://evil.example/csp.png", "data:image/png;base64,iVBORw0KGgo="]) {
            const img = new Image()
            img.src = src
            document.body.append(img)
          }
        }),
    )
    expect(refused.sort()).toEqual(["data", "http:"])
  })

  it("should pass axe with no serious or critical violation on the page of remote pictures", async () => {
    const { page } = await openNote()
    await page.addScriptTag({ content: AXE_SOURCE })
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: unknown[] }> } })
        .axe
      return (await axe.run(document)).violations
    })) as { id: string; impact: string | null }[]
    expect(
      violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([])
  })
})
