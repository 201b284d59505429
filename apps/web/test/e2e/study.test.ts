/**
 * Study mode in Chromium: studying with the keyboard, progress kept across a reload, and a
 * progress file exported from one browser and imported into a fresh one.
 */
import { readFile } from "node:fs/promises"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { openPage, startBrowser } from "./browser.ts"

const site = inject("siteUrl")
const PROGRESS_KEY = "kube-notes:progress"
let browser: Browser

beforeAll(async () => {
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
})

interface Counts {
  due: number
  new: number
  learned: number
}

async function countsOf(page: Page): Promise<Counts> {
  await page.locator('dd[data-count="new"]', { hasNotText: "…" }).waitFor()
  const read = async (name: string) => Number(await page.locator(`dd[data-count="${name}"]`).textContent())
  return { due: await read("due"), new: await read("new"), learned: await read("learned") }
}

/** Reveals the card in view with the keyboard (Enter in an answer box, Space otherwise) and rates it. */
async function studyOne(page: Page, rating: "1" | "2" | "3" | "4") {
  const card = page.locator(".study-card")
  await card.waitFor()
  const id = await card.getAttribute("data-card-id")
  const typing = await page.evaluate(() => document.activeElement instanceof HTMLInputElement)
  await page.keyboard.press(typing ? "Enter" : "Space")
  await page.locator(".study-back").waitFor()
  await page.keyboard.press(rating)
  await page.waitForFunction(
    (before) => document.querySelector(".study-card")?.getAttribute("data-card-id") !== before,
    id,
  )
  return id
}

/**
 * From now on, notes for each card whether the DOM held its answer (`.study-back`) when the
 * card first appeared in it: a mutation observer's callback runs before the next paint.
 */
async function recordFirstDrawings(page: Page) {
  await page.evaluate(() => {
    const firstDrawn = new Map<string, boolean>()
    Object.assign(window, { firstDrawn })
    const note = () => {
      const card = document.querySelector(".study-card")
      const id = card?.getAttribute("data-card-id")
      if (card && id && !firstDrawn.has(id)) firstDrawn.set(id, card.querySelector(".study-back") !== null)
    }
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true, attributes: true })
    note()
  })
}

/** The cards recorded (recordFirstDrawings) as first drawn with their answer showing. */
function cardsFirstDrawnRevealed(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(window as unknown as { firstDrawn: Map<string, boolean> }).firstDrawn]
      .filter(([, revealed]) => revealed)
      .map(([id]) => id),
  )
}

async function storedProgress(page: Page) {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? "null")
}

describe("the study page", () => {
  it("should study five cards with the keyboard, each drawn first with its answer hidden, and keep the due count across a reload", async () => {
    const { page, problems } = await openPage(browser)
    await page.clock.install({ time: new Date("2026-03-02T09:00:00Z") })
    await page.goto(`${site}/study/`)
    const before = await countsOf(page)
    expect(before.due).toBe(0)
    expect(before.new).toBeGreaterThanOrEqual(5)
    await recordFirstDrawings(page)
    const studied = new Set<string | null>()
    for (let i = 0; i < 5; i++) studied.add(await studyOne(page, "1"))
    expect(studied.size).toBe(5)
    // No card's answer showed before its reveal key, not even for the frame it first appeared in.
    expect(await cardsFirstDrawnRevealed(page)).toEqual([])
    // Again brings a card back after a minute: none is due yet, five are started.
    expect(await countsOf(page)).toEqual({ due: 0, new: before.new - 5, learned: before.learned + 5 })

    await page.reload()
    expect(await countsOf(page)).toEqual({ due: 0, new: before.new - 5, learned: before.learned + 5 })
    await page.clock.fastForward("02:00")
    await page.locator('dd[data-count="due"]', { hasText: /^5$/ }).waitFor()
    await page.reload()
    expect(await countsOf(page)).toEqual({ due: 5, new: before.new - 5, learned: before.learned })
    expect((await storedProgress(page)).log).toHaveLength(5)
    expect(problems).toEqual([])
  })

  it("should undo the last rating with u, after Esc leaves the next card's answer box", async () => {
    const { page } = await openPage(browser)
    await page.goto(`${site}/study/`)
    const before = await countsOf(page)
    const id = await studyOne(page, "3")
    // A card that asks for a typed answer starts with its box focused, where u is a letter.
    if (await page.evaluate(() => document.activeElement instanceof HTMLInputElement)) {
      await page.keyboard.press("Escape")
      expect(await page.evaluate(() => document.activeElement instanceof HTMLInputElement)).toBe(false)
    }
    await page.keyboard.press("u")
    await page.locator(`.study-card[data-card-id="${id}"]`).waitFor()
    expect(await countsOf(page)).toEqual(before)
    expect((await storedProgress(page)).log).toEqual([])
  })

  it("should export the progress and import it into a fresh browser with the same state", async () => {
    const first = await openPage(browser)
    await first.page.goto(`${site}/study/`)
    await countsOf(first.page)
    for (let i = 0; i < 3; i++) await studyOne(first.page, "3")
    const counts = await countsOf(first.page)
    const [download] = await Promise.all([
      first.page.waitForEvent("download"),
      first.page.getByRole("button", { name: "진도 내보내기" }).click(),
    ])
    const file = await download.path()
    const exported = JSON.parse(await readFile(file, "utf8"))
    expect(exported).toEqual(await storedProgress(first.page))
    expect(exported.log).toHaveLength(3)

    const fresh = await openPage(browser)
    await fresh.page.goto(`${site}/study/`)
    expect((await countsOf(fresh.page)).learned).toBe(0)
    await fresh.page.locator('input[type="file"]').setInputFiles(file)
    await fresh.page.getByText("진도를 가져왔습니다: 새 복습 기록 3개.").waitFor()
    expect(await storedProgress(fresh.page)).toEqual(exported)
    expect(await countsOf(fresh.page)).toEqual(counts)
    expect(fresh.problems).toEqual([])
  })

  it("should refuse a damaged progress file with the reason and keep the progress it has", async () => {
    const { page } = await openPage(browser)
    await page.goto(`${site}/study/`)
    await countsOf(page)
    await page.locator('input[type="file"]').setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"version": 1, "cards": {}, "log": [{"cardId": "x", "rating": 9'),
    })
    await page.getByText(/broken\.json: 진도 파일이 아닙니다 \(not JSON/).waitFor()
    expect(await storedProgress(page)).toBeNull()
  })
})

describe("the study page offline", () => {
  it("should keep working, and open again, once the network is gone", async () => {
    const { page } = await openPage(browser)
    await page.goto(`${site}/study/`)
    await countsOf(page)
    await page.evaluate(() => navigator.serviceWorker.ready)
    // Load once more so the worker, now in control, has seen every file the page uses.
    await page.reload()
    const before = await countsOf(page)
    await page.context().setOffline(true)
    await studyOne(page, "3")
    expect((await countsOf(page)).new).toBe(before.new - 1)
    await page.reload()
    expect(await countsOf(page)).toEqual({ ...before, new: before.new - 1, learned: before.learned + 1 })
    await studyOne(page, "3")
    await page.context().setOffline(false)
  })
})

describe("the card counts on other pages", () => {
  it("should show 카드 N개 · 복습 예정 M개 on home and topic pages, and the learning path with mastery", async () => {
    const { page, problems } = await openPage(browser)
    await page.goto(`${site}/`)
    // The due part is filled in the browser once the page has loaded.
    await page
      .locator(".study-badge", { hasText: /^카드 \d+개 · 복습 예정 0개$/ })
      .first()
      .waitFor()
    await page.goto(`${site}/notes/kubernetes-intro-install/`)
    await page
      .locator(".topic .study-badge", { hasText: /^카드 \d+개 · 복습 예정 0개$/ })
      .first()
      .waitFor()
    await page.goto(`${site}/path/`)
    const items = page.locator(".learning-path > li")
    expect(await items.count()).toBe(5)
    await page.locator("[data-mastery-topic]", { hasText: "0%" }).first().waitFor()
    // React has hydrated the page (the cells are filled) and kept the list the build put in place
    // of the slot Next rendered (scripts/lib/fill-list-pages.mjs).
    expect(await items.count()).toBe(5)
    expect(await page.locator(".learning-path").textContent()).not.toContain("kn-path-list-slot")
    expect(problems).toEqual([])
  })
})
