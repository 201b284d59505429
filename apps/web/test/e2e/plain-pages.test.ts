/**
 * Pages without Next's runtime and React (scripts/lib/plain-pages.mjs): a note page loads only the
 * plain script and still does what its client components did — search, the theme toggle, copy
 * buttons, study badges — and with JavaScript off the header's search form reaches results.
 */
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { openPage, reusedPage, startBrowser } from "./browser.ts"

const site = inject("siteUrl")
const NOTE = "/notes/kubernetes-intro-install/"
let browser: Browser

beforeAll(async () => {
  browser = await startBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Every script URL the page asked for, and whether Next's or React's globals exist in it. */
async function scriptsOf(page: Page, requests: string[]) {
  return {
    scripts: requests.filter((url) => /\.m?js(\?|$)/.test(url)).map((url) => new URL(url).pathname),
    nextGlobals: await page.evaluate(() =>
      ["__next_f", "__NEXT_DATA__", "TURBOPACK", "next", "React"].filter((name) => name in window),
    ),
  }
}

describe("a note page without Next's runtime and React", () => {
  it("should load no Next chunk, no RSC payload and no React: only the plain script", async () => {
    const { page, problems } = await openPage(browser)
    const requests: string[] = []
    page.on("request", (request) => requests.push(request.url()))
    await page.goto(`${site}${NOTE}`)
    await page.locator(".search-button[data-listening]").waitFor({ state: "attached" })
    await page.waitForLoadState("networkidle")
    const { scripts, nextGlobals } = await scriptsOf(page, requests)
    expect(scripts.filter((path) => path.startsWith("/_next/static/chunks/"))).toEqual([])
    expect(scripts.length).toBeGreaterThan(0)
    for (const path of scripts) expect(path).toMatch(/^\/_next\/static\/plain\/[\w-]+\.js$/)
    expect(nextGlobals).toEqual([])
    expect(await page.content()).not.toContain("self.__next_f")
    expect(problems).toEqual([])
  })

  it("should search from the header: Ctrl+K, results as you type, Enter opens the first", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}${NOTE}`)
    await page.locator(".search-button[data-listening]").waitFor({ state: "attached" })
    await page.keyboard.press("Control+k")
    const input = page.getByRole("searchbox", { name: "검색어" })
    await input.fill("큐블렛")
    const first = page.getByRole("option").first()
    await first.waitFor()
    expect(await first.locator(".search-title").textContent()).toBe("Kubelet")
    expect(await first.getAttribute("aria-selected")).toBe("true")
    await input.press("Enter")
    await page.waitForURL(/\/terms\/kubelet\/$/)
    expect(await page.locator("h1").textContent()).toBe("Kubelet")
    expect(problems).toEqual([])
  })

  it("should switch the theme with the toggle and keep it, with the same stored choice as the React pages", async () => {
    const { page, problems } = await openPage(browser, { colorScheme: "light" })
    await page.goto(`${site}${NOTE}`)
    const toggle = page.locator("button.theme-toggle")
    await page.getByRole("button", { name: "어두운 테마로 바꾸기" }).click()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark")
    expect(await page.evaluate(() => localStorage.getItem("kube-notes-theme"))).toBe("dark")
    expect(await toggle.getAttribute("aria-label")).toBe("밝은 테마로 바꾸기")
    expect(await toggle.getAttribute("aria-pressed")).toBe("true")
    // The study page keeps React: it reads the same choice before its first paint.
    await page.goto(`${site}/study/`)
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark")
    await page.getByRole("button", { name: "밝은 테마로 바꾸기" }).click()
    await page.goto(`${site}${NOTE}`)
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light")
    expect(await toggle.getAttribute("aria-label")).toBe("어두운 테마로 바꾸기")
    expect(problems).toEqual([])
  })

  it("should copy a code block's command with its copy button", async () => {
    const { page, problems } = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] })
    await page.goto(`${site}${NOTE}`)
    const button = page.locator(".command", { hasText: "minikube version" }).getByRole("button")
    await button.click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("minikube version")
    expect(await button.textContent()).toBe("복사됨")
    expect(await page.locator("#copy-status").textContent()).toBe("복사됨")
    expect(problems).toEqual([])
  })

  it("should count due cards in the badges from the progress the study page stores", async () => {
    const { page, problems } = await openPage(browser)
    const deck = (await (await page.request.get(`${site}/study-deck.json`)).json()) as {
      id: string
      noteId: string
      topicId: string
    }[]
    const topic = "topic:kubernetes-intro-install#1-1-쿠버네티스-용어"
    const due = deck.filter((card) => card.topicId === topic).slice(0, 3)
    expect(due).toHaveLength(3)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    const state = {
      phase: "review",
      due: yesterday,
      stability: 1,
      difficulty: 5,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      lastReview: yesterday,
    }
    const progress = {
      version: 1,
      cards: Object.fromEntries(due.map((card) => [card.id, state])),
      log: due.map((card, i) => ({ cardId: card.id, rating: 3, reviewedAt: yesterday, id: `r${i}` })),
    }
    await page.goto(`${site}/`)
    await page.evaluate(
      (value) => localStorage.setItem("kube-notes:progress", value),
      JSON.stringify(progress),
    )
    await page.goto(`${site}${NOTE}`)
    const badge = (scope: string) =>
      page.locator(`.study-badge[data-study-scope="${scope}"] [data-study-due]`)
    await page.waitForFunction(() => document.querySelector("[data-study-due]")?.textContent !== "–")
    expect(await badge(topic).textContent()).toBe("3")
    expect(await badge("note:kubernetes-intro-install").textContent()).toBe("3")
    expect(await badge("topic:kubernetes-intro-install#1-쿠버네티스-오케스트레이션").textContent()).toBe("0")
    // The study page (React) reads the same progress: three due in the whole deck.
    await page.goto(`${site}/study/`)
    await page.locator('dd[data-count="due"]', { hasText: "3" }).waitFor()
    expect(problems).toEqual([])
  })
})

describe("searching with JavaScript off", () => {
  it("should reach the results through the header's search form", async () => {
    const off = await openPage(browser, { javaScriptEnabled: false })
    await off.page.goto(`${site}${NOTE}`)
    // The dialog's button needs a script; the plain form shows instead.
    expect(await off.page.locator("button.search-button").isVisible()).toBe(false)
    const input = off.page.getByRole("searchbox", { name: "검색어" })
    await input.fill("큐블렛")
    await input.press("Enter")
    await off.page.waitForURL(/\/search\/\?q=/)
    const url = off.page.url()
    expect(new URL(url).searchParams.get("q")).toBe("큐블렛")
    // A static export cannot answer a query without a script: the page says so and where to look.
    expect(await off.page.locator("main").textContent()).toContain("자바스크립트가 필요합니다")
    expect(await off.page.locator("main a", { hasText: "용어집" }).isVisible()).toBe(true)
    // The same address, where scripts run, lists the results.
    const on = await reusedPage(browser)
    await on.page.goto(url)
    const first = on.page.locator("main .search-results li").first()
    await first.waitFor()
    expect(await first.locator(".search-title").textContent()).toBe("Kubelet")
    expect(await on.page.getByRole("searchbox", { name: "검색어" }).inputValue()).toBe("큐블렛")
    await first.locator("a").click()
    await on.page.waitForURL(/\/terms\/kubelet\/$/)
    expect(on.problems).toEqual([])
  })
})
