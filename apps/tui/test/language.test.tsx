import { en, ko, type Locale } from "@kube-notes/messages"
import { cleanup } from "ink-testing-library"
import stringWidth from "string-width"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { LoadedGraph } from "../src/source/bodies.ts"
import { loadPackagedGraph } from "./helpers/graphs.ts"
import { KEYS, renderApp, tick } from "./helpers/render-app.tsx"

let graph: LoadedGraph
beforeAll(async () => {
  graph = await loadPackagedGraph()
})
afterEach(() => cleanup())

/** The reader at 80×24, the smallest terminal people still use. */
async function renderAt80x24(locale: Locale) {
  const app = renderApp(graph, { locale })
  Object.defineProperty(app.stdout, "columns", { value: 80, configurable: true })
  Object.defineProperty(app.stdout, "rows", { value: 24, configurable: true })
  app.stdout.emit("resize")
  await tick(60)
  return app
}

/** Every row is 80 columns: framed rows end in a border, the status line fills the width. */
function expectAligned(screen: string) {
  const lines = screen.split("\n")
  expect(lines).toHaveLength(23) // one row short of the terminal (see layout-size.ts)
  for (const line of lines) expect(stringWidth(line), line).toBe(80)
  for (const line of lines.slice(0, -1)) expect(line.at(-1), line).toMatch(/[╮│╯]/)
}

describe.each([
  ["ko", ko],
  ["en", en],
] as const)("the reader in %s at 80×24", (locale, m) => {
  it("should end the status line with the key hints, aligned to the last column", async () => {
    const app = await renderAt80x24(locale)
    await app.press("j", "j", KEYS.enter)
    const screen = app.screen()
    expectAligned(screen)
    const status = screen.split("\n").at(-1) ?? ""
    expect(status.endsWith(m.status.hints)).toBe(true)
    expect(status).toContain("1-1) 쿠버네티스 용어") // the crumbs keep their end
  })

  it("should show the help in its language, every row aligned", async () => {
    const app = await renderAt80x24(locale)
    await app.press("?")
    const screen = app.screen()
    expectAligned(screen)
    expect(screen).toContain(m.help.title)
    // Short enough for the 35 columns the help leaves them at 80×24: shown whole.
    for (const what of [m.help.page, m.help.search, m.help.glossary, m.help.quit])
      expect(screen).toContain(what)
  })

  it("should name a term page's sections in its language", async () => {
    const app = await renderAt80x24(locale)
    await app.press("t", "미", "니", KEYS.enter)
    const screen = app.screen()
    expectAligned(screen)
    expect(screen).toContain(`${m.reader.aliases}: 미니큐브`)
    expect(screen).toContain(m.reader.mentionedIn)
  })
})

describe("the reader's language", () => {
  it("should speak Korean when nothing chose a language, and never mix in English labels", async () => {
    const app = await renderAt80x24("ko")
    await app.press("?")
    const screen = app.screen()
    expect(screen).toContain("? 도움말 · / 검색")
    expect(screen).toContain("키 (Esc로 닫기)")
    expect(screen).not.toContain(en.help.title)
    expect(screen).not.toContain("? help")
  })

  it("should say what happened in the status line in English when asked", async () => {
    const app = await renderAt80x24("en")
    await app.press("]")
    expect(app.screen()).toContain("No later page")
    await app.press("m")
    expect(app.screen()).toContain("Bookmarked (B lists bookmarks)")
  })
})
