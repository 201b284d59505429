import type { Browser } from "playwright-core"
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

describe("reading the notes in a browser", () => {
  it("should go from home to topic 1-1 through the reading path", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}/`)
    await page
      .getByRole("link", { name: /1-1\s*쿠버네티스 용어/ })
      .first()
      .click()
    await page.waitForURL(/\/notes\/kubernetes-intro-install\/#1-1/)
    const heading = page.getByRole("heading", { name: /1-1\s*쿠버네티스 용어/ })
    await expect(heading.isVisible()).resolves.toBe(true)
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#1-1-쿠버네티스-용어")
    expect(problems).toEqual([])
  })

  it("should keep a note page's content and title once its script has run", async () => {
    // Note pages are written from one template page (scripts/lib/fill-note-pages.mjs), without
    // React (scripts/lib/plain-pages.mjs): what runs on them must not put the template's slots back.
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}${NOTE}`)
    await page.locator(".search-button[data-listening]").waitFor({ state: "attached" })
    const title = await page.locator("h1#note-title").textContent()
    expect(title).toBeTruthy()
    expect(await page.title()).toBe(`${title} · kube-notes`)
    const main = await page.locator("main").innerHTML()
    expect(main).not.toContain("kn-note-content-slot")
    expect(main).toContain('id="note-title"')
    expect(await page.getByRole("heading", { name: /1-1\s*쿠버네티스 용어/ }).isVisible()).toBe(true)
    expect(problems).toEqual([])
  })

  it("should show a term's definition on hover and on keyboard focus", async () => {
    const { page } = await reusedPage(browser)
    await page.goto(`${site}${NOTE}`)
    const mention = page
      .locator(".term", { has: page.locator(".term-link", { hasText: /^Kubelet$/ }) })
      .first()
    const tip = mention.locator('[role="tooltip"]')
    await expect(tip.isVisible()).resolves.toBe(false)
    await mention.locator(".term-link").hover()
    await expect(tip.isVisible()).resolves.toBe(true)
    // The definition the note itself gives (- kubelet : …).
    expect(await tip.textContent()).toContain("파드와 컨테이너 시작과 같은 작업을 수행하는 컴포넌트")
    await page.mouse.move(0, 0)
    await expect(tip.isVisible()).resolves.toBe(false)
    await mention.locator(".term-link").focus()
    await expect(tip.isVisible()).resolves.toBe(true)
    const describedBy = await mention.locator(".term-link").getAttribute("aria-describedby")
    expect(describedBy).toBe(await tip.getAttribute("id"))
  })

  it("should open the glossary, then a term page listing where the term is mentioned", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}/glossary/`)
    const sections = await page.locator(".glossary-group h2").allTextContents()
    expect(sections.indexOf("ㅋ")).toBeLessThan(sections.indexOf("K"))
    await page.locator("dt a", { hasText: /^Kubelet$/ }).click()
    await page.waitForURL(/\/terms\/kubelet\/$/)
    expect(await page.locator("h1").textContent()).toBe("Kubelet")
    expect(await page.locator(".aliases").textContent()).toContain("큐블렛")
    // The note's sentence about Kubelet, after the definition, linked to where it was written.
    const description = page.locator(".descriptions li").first()
    expect(await description.locator("q").textContent()).toBe("Kubelet은 한 노드를 관리하기 위한 에이전트고")
    expect(await description.locator("a").textContent()).toBe("쿠버네티스 용어")
    const places = page.locator(
      "section[aria-labelledby='mentioned-in'] a, section[aria-labelledby='defined-in'] a",
    )
    const hrefs = await places.evaluateAll((links) =>
      links.map((link) => decodeURIComponent((link as HTMLAnchorElement).href)),
    )
    expect(hrefs.some((href) => href.includes("#1-1-쿠버네티스-용어"))).toBe(true)
    expect(problems).toEqual([])
  })

  it("should copy a command to the clipboard", async () => {
    const { page, problems } = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] })
    await page.goto(`${site}${NOTE}`)
    await page.locator(".command", { hasText: "minikube version" }).getByRole("button").click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("minikube version")
    await page.goto(`${site}/commands/`)
    await page.getByRole("button", { name: "명령어 kubectl get nodes 복사" }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("kubectl get nodes")
    expect(problems).toEqual([])
  })

  it("should show only the commands of the chosen shell on the cheat sheet, and all again", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}/commands/`)
    const items = page.locator(".command-list li[data-shells]")
    const shown = () => items.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).length)
    const total = await items.count()
    // The cheat sheet's content is written by the build outside Next; React attaches the choice.
    await page.getByRole("radio", { name: "powershell" }).check()
    await page.waitForFunction(() => document.querySelector(".command-list li[hidden]") !== null)
    const visible = await items.evaluateAll((lis) =>
      lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.getAttribute("data-shells") ?? ""),
    )
    expect(visible.length).toBeGreaterThan(0)
    expect(visible.length).toBeLessThan(total)
    for (const shells of visible) expect(shells.split(" ")).toContain("powershell")
    await page.locator(".shell-filter input[value='all']").check()
    await page.waitForFunction(() => document.querySelector(".command-list li[hidden]") === null)
    expect(await shown()).toBe(total)
    expect(problems).toEqual([])
  })

  it("should open a term from the graph view by clicking its node", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}/graph/`)
    const canvas = page.locator("canvas.graph-canvas")
    await page.waitForFunction(() => document.querySelector("canvas.graph-canvas")?.getAttribute("data-view"))
    await page.waitForFunction(() => document.querySelectorAll(".graph-list li").length > 0)
    const data = (await (await page.request.get(`${site}/graph-view.json`)).json()) as {
      nodes: { id: string; x: number; y: number }[]
    }
    const node = data.nodes.find((n) => n.id === "term:kubelet")
    expect(node).toBeDefined()
    const view = JSON.parse((await canvas.getAttribute("data-view")) ?? "{}") as {
      scale: number
      x: number
      y: number
    }
    const box = await canvas.boundingBox()
    if (!node || !box) throw new Error("graph not drawn")
    await page.mouse.click(box.x + node.x * view.scale + view.x, box.y + node.y * view.scale + view.y)
    await page.waitForURL(/\/terms\/kubelet\/$/)
    expect(problems).toEqual([])
  })

  it("should find Kubelet when searching 큐블렛", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${site}/`)
    // The shortcut works once React has attached its listener (hydration), not at "load".
    await page.locator(".search-button[data-listening]").waitFor({ state: "attached" })
    await page.keyboard.press("Control+k")
    const input = page.getByRole("searchbox", { name: "검색어" })
    await input.fill("큐블렛")
    const first = page.getByRole("option").first()
    await first.waitFor()
    expect(await first.locator(".search-title").textContent()).toBe("Kubelet")
    await input.press("Enter")
    await page.waitForURL(/\/terms\/kubelet\/$/)
    expect(await page.locator("h1").textContent()).toBe("Kubelet")
    expect(problems).toEqual([])
  })

  it("should switch to dark mode with the toggle and remember it", async () => {
    const { page } = await openPage(browser, { colorScheme: "light" })
    await page.goto(`${site}${NOTE}`)
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const light = await background()
    await page.getByRole("button", { name: "어두운 테마로 바꾸기" }).click()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark")
    const dark = await background()
    expect(dark).not.toBe(light)
    await page.reload()
    expect(await background()).toBe(dark)
  })

  it("should still read a topic, with term definitions, when JavaScript is off", async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false })
    await page.goto(`${site}${NOTE}`)
    expect(await page.getByRole("heading", { name: /1-1\s*쿠버네티스 용어/ }).isVisible()).toBe(true)
    expect(await page.locator("article").textContent()).toContain("한 노드를 관리하기 위한 에이전트")
    const mention = page.locator(".term").first()
    await mention.locator(".term-link").hover()
    expect(await mention.locator('[role="tooltip"]').isVisible()).toBe(true)
    expect(await page.locator("button.copy").first().isVisible()).toBe(false)
    const image = page.locator("article img").first()
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
  })

  it("should browse with full page loads only: no RSC payload request, nothing from another host", async () => {
    // The build deletes Next's per-page RSC payloads (`*.txt`); this shows nothing asks for them.
    for (const javaScriptEnabled of [true, false]) {
      const { page, problems } = await openPage(browser, { javaScriptEnabled })
      const requests: string[] = []
      page.on("request", (request) => requests.push(request.url()))
      await page.goto(`${site}/`)
      await page.locator("a.reading-note").first().click()
      await page.waitForURL(/\/notes\//)
      await page.locator("a.term-link").first().click()
      await page.waitForURL(/\/terms\//)
      const header = page.locator("header.site-header")
      await header.getByRole("link", { name: "용어집" }).click()
      await page.waitForURL(/\/glossary\/$/)
      await header.getByRole("link", { name: "명령어" }).click()
      await page.waitForURL(/\/commands\/$/)
      await page.locator(".places a").first().click()
      await page.waitForURL(/\/notes\//)
      await header.getByRole("link", { name: "그래프" }).click()
      await page.waitForURL(/\/graph\/$/)
      await page.goBack()
      await page.waitForURL(/\/notes\//)
      await page.mouse.move(5, 5)
      await page.waitForLoadState("networkidle")
      const origin = new URL(site).origin
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([])
      expect(requests.filter((url) => /\.txt(\?|$)|[?&]_rsc=/.test(url))).toEqual([])
      expect(requests.length).toBeGreaterThan(5)
      expect(problems).toEqual([])
      await page.context().close()
    }
  })

  it("should answer unknown pages with the 404 page", async () => {
    const { page } = await reusedPage(browser)
    const response = await page.goto(`${site}/notes/없는-노트/`)
    expect(response?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toBe("페이지를 찾을 수 없습니다")
  })
})
