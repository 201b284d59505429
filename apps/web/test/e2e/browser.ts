/** One Chromium per test file, and a page that records console errors, page errors and dialogs. */
import type { Browser, BrowserContextOptions, Page } from "playwright-core"
import { launchBrowser } from "../../scripts/lib/browser.mjs"

export interface WatchedPage {
  readonly page: Page
  /** Console errors, uncaught page errors and any alert/confirm/prompt, as text. */
  readonly problems: string[]
}

export async function startBrowser(): Promise<Browser> {
  return launchBrowser()
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
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
