import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { commandAnchor } from "../../src/lib/urls.ts"
import { openPage, reusedPage, startBrowser } from "./browser.ts"
import { serveTestExport } from "./test-exports.ts"

// Built while the tests run from packages/core/eval/corpus: 33 notes in the styles of real study notes.
let corpus: string
let server: { url: string; close: () => void }
let browser: Browser
beforeAll(async () => {
  browser = await startBrowser()
  server = await serveTestExport("corpus")
  corpus = server.url
})
afterAll(async () => {
  await browser?.close()
  server?.close()
})

/** Notes that use such words as labels and in prose, and one with real terms (etcd, 파드). */
const NOTES = ["01-linux-process", "05-k8s-arch", "16-systemctl"]
/** Words the corpus uses as labels and in prose that a tooltip must never mark. */
const ORDINARY = ["시작", "종료", "삭제", "정지", "재시작", "압축", "탐색", "범위", "시간", "상태", "리스트"]
const LABELS = ["장점", "단점", "참고", "참조", "기타"]

describe("the site built from the style corpus", () => {
  it("should mark terms but never an ordinary word, a label or one letter", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${corpus}/`)
    const notes = await page
      .locator(".reading-note")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""))
    expect(notes.length).toBe(33)
    const marked = new Set<string>()
    for (const href of notes.filter((link) => NOTES.some((key) => link.includes(key)))) {
      await page.goto(`${corpus}${href}`)
      for (const text of await page.locator(".term-link").allTextContents()) marked.add(text.trim())
    }
    // Real terms are still marked (the rule can fail both ways)…
    expect([...marked]).toEqual(expect.arrayContaining(["etcd", "파드"]))
    // …and nothing ordinary is.
    expect([...marked].filter((text) => [...ORDINARY, ...LABELS].includes(text))).toEqual([])
    expect([...marked].filter((text) => /^(?:[A-Za-z]|[\uAC00-\uD7A3])$/.test(text))).toEqual([])
    expect(problems).toEqual([])
  })

  it("should list a command's options, output columns and keys on its page", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${corpus}/commands/${commandAnchor("command:top")}/`)
    await expect(page.locator("h1").textContent()).resolves.toBe("top")
    const group = (role: string) =>
      page.locator(`.command-options section[data-role='${role}'] dt`).allTextContents()
    expect(await group("option")).toEqual(["-d", "-p", "-u"])
    expect(await group("field")).toEqual(expect.arrayContaining(["PR", "NI", "%CPU"]))
    expect(await group("key")).toEqual(expect.arrayContaining(["shift + p", "q"]))
    expect(await page.locator(".command-options dd").first().textContent()).toBe("갱신 간격(초)")
    expect(problems).toEqual([])
  })

  it("should list a Dockerfile's instructions under its own heading on the docker build page", async () => {
    const { page, problems } = await reusedPage(browser)
    await page.goto(`${corpus}/commands/${commandAnchor("command:docker build")}/`)
    const keywords = page.locator(".command-options section[data-role='keyword'][data-format='Dockerfile']")
    expect(await keywords.locator("h3").textContent()).toBe("Dockerfile 키워드")
    expect(await keywords.locator("dt").allTextContents()).toEqual(
      expect.arrayContaining(["FROM", "RUN", "COPY", "CMD"]),
    )
    expect(problems).toEqual([])
  })

  it("should copy a command written over several lines whole, with its continuations as the note indents them", async () => {
    const { page, problems } = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] })
    await page.goto(`${corpus}/commands/`)
    const text = [
      "helm install ingress-nginx ingress-nginx/ingress-nginx \\",
      "    --namespace ingress-nginx \\",
      "    --create-namespace",
    ].join("\n")
    await page
      .locator(".command-list li", { has: page.locator(".command-text", { hasText: "--create-namespace" }) })
      .getByRole("button")
      .click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)
    // No command on the cheat sheet is cut at a continuation.
    const commands = await page.locator(".command-text").allTextContents()
    expect(commands.filter((command) => /\\\s*$/.test(command))).toEqual([])
    expect(problems).toEqual([])
  })
})
