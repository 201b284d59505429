/**
 * Layer 3, every page (`pnpm test:full`): the hostile folder exported by apps/web, and each of
 * its ~270 pages opened in real Chromium with the checks of chromium.test.ts, which in
 * `pnpm test` opens the pages that hold the vectors and one page of each kind.
 */
import { launchBrowser } from "@kube-notes/web/scripts/lib/browser.mjs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { writeHostileTemp } from "../helpers/hostile-on-disk.ts"
import { sweepPages } from "../helpers/watched-page.ts"
import { buildWebExport, listPages, serveExport } from "../helpers/web-export.ts"

let browser: Browser
let server: { url: string; close: () => void }
let pages: string[]

beforeAll(async () => {
  const { root } = await writeHostileTemp("web-full")
  await buildWebExport(root)
  pages = await listPages()
  server = await serveExport()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  server?.close()
})

describe("the hostile export in Chromium, every page", () => {
  it("should run no script, open no dialog, log no error and send nothing off the server on any page", async () => {
    expect(pages.length).toBeGreaterThan(200)
    const { findings, left, problems, pictures } = await sweepPages(browser, server.url, pages)
    expect(findings).toEqual([])
    expect(left).toEqual([])
    expect(problems).toEqual([])
    // Only the https vectors' pictures were asked for (kube-notes.json's default remoteImages: show).
    expect(pictures).toEqual([
      "https://evil.example/t.png",
      "https://evil.example/tracker.png",
      "https://evil.example/x.png%22onerror=%22alert(1)",
    ])
  }, 900_000)
})
