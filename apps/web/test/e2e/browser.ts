/**
 * One Chromium per test file, and pages that record console errors, page errors and dialogs.
 *
 * A page in a fresh browser context starts a renderer of its own, which fetches, decodes and
 * compiles the site's fonts, CSS and scripts again: about twice the Chromium CPU of the same
 * page loaded by a page that already showed the site (docs/testing.md). So a test that needs no
 * state of its own (no storage, permission, colour scheme or JavaScript setting) navigates the
 * file's one `reusedPage`; a test that does opens its own with `openPage`, closed when it ends.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core"
import { onTestFinished } from "vitest"
import { launchBrowser } from "../../scripts/lib/browser.mjs"

export interface WatchedPage {
  readonly page: Page
  /** Console errors, uncaught page errors and any alert/confirm/prompt, as text. */
  readonly problems: string[]
}

export async function startBrowser(): Promise<Browser> {
  return launchBrowser()
}

async function watchedPage(browser: Browser, options: BrowserContextOptions): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  const problems: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`)
  })
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`))
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`)
    await dialog.dismiss()
  })
  return { page, problems }
}

/**
 * A page in a fresh browser context (no storage, cache or permission from another test), for the
 * test that calls it: the context is closed when that test ends, so its renderer stops.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const watched = await watchedPage(browser, options)
  onTestFinished(() => watched.page.context().close())
  return watched
}

const reused = new WeakMap<Browser, { key: string; watched: Promise<WatchedPage> }>()

/**
 * The browser's one shared page, opened with `options` on the first call: each test navigates it
 * where it needs. Its problems start empty for each caller (a late one of the test before counts
 * against the next test, never for it). Only for tests that leave no state behind that another
 * test could see: none writes storage, grants a permission or registers a service worker on it
 * (a file may route its requests, as remote-images.test.ts does for all of its tests).
 */
export async function reusedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const key = JSON.stringify(options)
  let entry = reused.get(browser)
  if (!entry) {
    entry = { key, watched: watchedPage(browser, options) }
    reused.set(browser, entry)
  }
  if (entry.key !== key) throw new Error(`the reused page was opened with ${entry.key}, not ${key}`)
  const watched = await entry.watched
  watched.problems.length = 0
  return watched
}
