import { createDeck } from "@kube-notes/study"
import { cleanup } from "ink-testing-library"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { LoadedGraph } from "../src/source/bodies.ts"
import { loadPackagedGraph } from "./helpers/graphs.ts"
import { KEYS, renderApp } from "./helpers/render-app.tsx"
import { memoryStudyStore } from "./helpers/study-store.ts"

let graph: LoadedGraph
beforeAll(async () => {
  graph = await loadPackagedGraph()
})
afterEach(() => cleanup())

describe("studying from the reader", () => {
  it("should study the topic in view with s, save ratings, and come back to the page with q", async () => {
    const store = memoryStudyStore()
    const app = renderApp(graph, { study: store })
    await app.press("j", "j", KEYS.enter) // 1-1) 쿠버네티스 용어
    await app.press("s")
    await app.waitFor((s) => s.includes("학습 · 1-1) 쿠버네티스 용어"), "the study screen")
    const topicCards = createDeck(graph.graph, { getBody: graph.getBody }).filter((c) =>
      c.topicId?.includes("1-1-"),
    )
    expect(app.screen().split("\n").at(-1)).toContain(`새 카드 ${topicCards.length}`)
    await app.press(" ", "3")
    expect(store.saves).toHaveLength(1)
    const reviewed = store.saves[0]?.log[0]?.cardId
    expect(topicCards.map((c) => c.id)).toContain(reviewed)
    await app.press("q") // the next card is a typed one: q still leaves until Enter opens its answer box
    expect(app.screen()).toContain("Master Node(Control plane)") // the reader again, same page
    expect(app.quits).toHaveLength(0) // q left study mode, not the app
  })

  it("should list the learning path with mastery on p and study the chosen topic", async () => {
    const app = renderApp(graph, { study: memoryStudyStore() })
    await app.press("s") // the reader opens on the note: its cards
    await app.waitFor((s) => s.includes("학습 · 쿠버네티스 소개 및 설치"), "the study screen")
    await app.press("p")
    const screen = app.screen()
    expect(screen).toContain("학습 경로")
    expect(screen).toMatch(/› ─{10} {3}0% {2}/) // the selected row, nothing mastered yet
    expect(screen).toContain("1-1) 쿠버네티스 용어")
    await app.press("j", KEYS.enter)
    expect(app.screen()).not.toContain("학습 경로")
    expect(app.screen()).toMatch(/학습 · \S/)
    expect(app.screen()).not.toContain("학습 · 쿠버네티스 소개 및 설치")
    await app.press("p", "a") // a: every card
    expect(app.screen()).toContain("학습 · 모든 주제")
  })

  it("should show a damaged progress file's message when study opens", async () => {
    const app = renderApp(graph, {
      study: memoryStudyStore(undefined, "학습 기록 파일이 손상되어 x 로 옮기고 새로 시작합니다"),
    })
    await app.press("s")
    await app.waitFor((s) => s.includes("손상되어 x 로 옮기고"), "the warning")
  })

  it("should stay in the reader and say why when the progress file cannot be read", async () => {
    const store = {
      ...memoryStudyStore(),
      load: () => Promise.reject(new Error("EACCES: permission denied")),
    }
    const app = renderApp(graph, { study: store })
    await app.press("s")
    await app.waitFor((s) => s.includes("학습 기록 파일을"), "the message")
    expect(app.screen()).toContain("학습 기록 파일을 읽을 수 없어 학습을 열지 않았습니다: EACCES")
    expect(app.screen()).toContain("1-1) 쿠버네티스 용어") // the reader's tree is still there
    expect(app.screen()).not.toContain("학습 ·")
    expect(store.saves).toHaveLength(0)
  })
})
