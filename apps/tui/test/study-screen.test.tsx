import { createGraphQuery, type GraphQuery } from "@kube-notes/graph"
import { type Card, emptyProgress, type Progress } from "@kube-notes/study"
import { cleanup, render } from "ink-testing-library"
import stringWidth from "string-width"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { StudyScreen } from "../src/tui/study/StudyScreen.tsx"
import { buildFromFiles } from "./helpers/graphs.ts"
import { KEYS, keyboard, tick } from "./helpers/render-app.tsx"
import { FIXED_NOW } from "./helpers/study-store.ts"

// A small deck written here, so these tests follow the screen and not the deck generator.
const PLAIN: Card = {
  id: "term:pod:term-definition",
  type: "term-definition",
  nodeId: "term:pod",
  noteId: "note:pods",
  topicId: "topic:pods#1-파드란",
  front: "파드의 뜻은?",
  back: "쿠버네티스에서 배포할 수 있는 가장 작은 단위",
}
const TYPED: Card = {
  id: "term:pod:definition-term",
  type: "definition-term",
  nodeId: "term:pod",
  noteId: "note:pods",
  topicId: "topic:pods#1-파드란",
  front: "이 설명에 맞는 용어는? 쿠버네티스에서 배포할 수 있는 가장 작은 단위",
  back: "파드",
  answer: "파드",
}
const CHOICE: Card = {
  id: "topic:pods#1-파드란:choice",
  type: "choice",
  nodeId: "topic:pods#1-파드란",
  noteId: "note:pods",
  topicId: "topic:pods#1-파드란",
  front: "가장 작은 배포 단위는?",
  back: "파드",
  answer: "파드",
  choices: ["노드", "파드", "서비스"],
}

let query: GraphQuery
beforeAll(async () => {
  const { graph } = await buildFromFiles({
    "pods.md": "# 파드 정리\n\n#### 1. 파드란\n\n- Pod : 작은 단위\n",
  })
  query = createGraphQuery(graph)
})
afterEach(() => cleanup())

function renderStudy(
  deck: Card[],
  progress: Progress = emptyProgress(),
  clock = { at: FIXED_NOW.getTime() },
) {
  const saves: Progress[] = []
  let exits = 0
  const now = () => new Date(clock.at)
  const result = render(
    <StudyScreen
      query={query}
      deck={deck}
      progress={progress}
      now={now}
      onProgress={(p) => saves.push(p)}
      onExit={() => exits++}
      color={false}
      columns={80}
      rows={24}
      refreshMs={20}
    />,
  )
  return { ...result, ...keyboard(result), saves, exits: () => exits }
}

describe("the study screen", () => {
  it("should show the front only, and the back after Space", async () => {
    const app = renderStudy([PLAIN])
    expect(app.screen()).toContain("파드의 뜻은?")
    expect(app.screen()).not.toContain("가장 작은 단위")
    await app.press(" ")
    expect(app.screen()).toContain("쿠버네티스에서 배포할 수 있는 가장 작은 단위")
    expect(app.screen()).toContain("1 다시 · 2 어려움 · 3 좋음 · 4 쉬움")
  })

  it("should reveal with Enter too", async () => {
    const app = renderStudy([PLAIN])
    await app.press(KEYS.enter)
    expect(app.screen()).toContain("가장 작은 단위")
  })

  it("should show the due and new counts in the status line", async () => {
    const app = renderStudy([PLAIN, CHOICE])
    expect(app.screen().split("\n").at(-1)).toContain("복습 예정 0 · 새 카드 2 · 학습함 0")
  })

  it("should not rate before the answer is shown, and say so", async () => {
    const app = renderStudy([PLAIN])
    await app.press("3")
    expect(app.saves).toHaveLength(0)
    expect(app.screen()).toContain("먼저 Space로 정답을 확인하세요")
  })

  it("should rate with 1–4, save the review at the clock's time and move to the next card", async () => {
    const app = renderStudy([PLAIN, CHOICE])
    await app.press(" ", "3")
    expect(app.saves).toHaveLength(1)
    const saved = app.saves[0]
    expect(saved?.log).toEqual([
      expect.objectContaining({ cardId: PLAIN.id, rating: 3, reviewedAt: FIXED_NOW.toISOString() }),
    ])
    expect(saved?.cards[PLAIN.id]?.phase).not.toBe("new")
    expect(app.screen()).toContain("가장 작은 배포 단위는?") // the next card
    expect(app.screen()).toContain("좋음 — 다음 복습")
    expect(app.screen().split("\n").at(-1)).toContain("새 카드 1 · 학습함 1")
  })

  it("should undo the last rating with u and show that card again, answer hidden", async () => {
    const app = renderStudy([PLAIN, CHOICE])
    await app.press(" ", "4", "u")
    expect(app.saves).toHaveLength(2)
    expect(app.saves[1]?.log).toEqual([])
    expect(app.saves[1]?.cards[PLAIN.id]).toBeUndefined()
    expect(app.screen()).toContain("파드의 뜻은?")
    expect(app.screen()).not.toContain("가장 작은 단위")
    expect(app.screen()).toContain("마지막 평가를 되돌렸습니다")
  })

  it("should not undo reviews made before this sitting", async () => {
    const earlier = renderStudy([PLAIN])
    await earlier.press(" ", "3")
    const before = earlier.saves[0] ?? emptyProgress()
    cleanup()
    const app = renderStudy([PLAIN, CHOICE], before)
    await app.press("u")
    expect(app.saves).toHaveLength(0)
    expect(app.screen()).toContain("이번 학습에서 되돌릴 평가가 없습니다")
  })

  it("should take a typed answer, check it, and still let the learner rate", async () => {
    const app = renderStudy([TYPED])
    expect(app.screen()).toContain("Enter 답 입력")
    await app.press(KEYS.enter)
    expect(app.screen()).toContain("답: _")
    await app.press("파", "드", "가", KEYS.backspace) // Backspace erases one syllable
    await app.press(KEYS.enter)
    expect(app.screen()).toContain("내 답: 파드  ✓ 맞았습니다")
    expect(app.saves).toHaveLength(0) // checking is not rating
    await app.press("2")
    expect(app.saves[0]?.log[0]).toMatchObject({ cardId: TYPED.id, rating: 2 })
  })

  it("should mark a wrong typed answer", async () => {
    const app = renderStudy([TYPED])
    await app.press(KEYS.enter, "노드", KEYS.enter)
    expect(app.screen()).toContain("내 답: 노드  ✗ 틀렸습니다")
    expect(app.screen()).toContain("파드") // the back
  })

  it("should treat letters as the answer in the answer box: q and u are typed, not commands", async () => {
    const app = renderStudy([TYPED])
    await app.press(KEYS.enter, "q", "u")
    expect(app.exits()).toBe(0)
    expect(app.screen()).toContain("답: qu_")
    await app.press(KEYS.escape) // closes the box, keeps the card
    await app.press("q")
    expect(app.exits()).toBe(1)
  })

  it("should show a typed card's answer without typing, with Space", async () => {
    const app = renderStudy([TYPED])
    await app.press(" ")
    expect(app.screen()).toContain("1 다시 · 2 어려움")
    expect(app.screen()).not.toContain("내 답")
  })

  it("should give the 초성 hint on request: Tab in the answer box, h otherwise", async () => {
    const typed = renderStudy([TYPED])
    expect(typed.screen()).not.toContain("힌트: ㅍㄷ")
    await typed.press(KEYS.enter, KEYS.tab)
    expect(typed.screen()).toContain("힌트: ㅍㄷ")
    cleanup()
    const choice = renderStudy([CHOICE])
    await choice.press("h")
    expect(choice.screen()).toContain("힌트: ㅍㄷ")
    expect(choice.screen()).not.toContain("✓")
  })

  it("should say when a card has no hint", async () => {
    const app = renderStudy([PLAIN])
    await app.press("h")
    expect(app.screen()).toContain("이 카드에는 힌트가 없습니다")
  })

  it("should let a choice card be answered with a letter and mark the right option", async () => {
    const app = renderStudy([CHOICE])
    expect(app.screen()).toContain("a) 노드")
    expect(app.screen()).toContain("b) 파드")
    await app.press("a")
    expect(app.screen()).toContain("✓ b) 파드")
    expect(app.screen()).toContain("✗ a) 노드")
    expect(app.screen()).toContain("고른 답: 노드  ✗ 틀렸습니다")
  })

  it("should say when nothing is due", async () => {
    const app = renderStudy([PLAIN])
    await app.press(" ", "3")
    expect(app.screen()).toContain("지금 복습할 카드가 없습니다")
  })

  it("should bring a card rated Again back once its short-term step has passed", async () => {
    const clock = { at: FIXED_NOW.getTime() }
    const app = renderStudy([PLAIN], emptyProgress(), clock)
    await app.press(" ", "1")
    expect(app.screen()).toContain("지금 복습할 카드가 없습니다")
    expect(app.screen()).toMatch(/다음 카드는 \d+분 뒤 돌아옵니다/)
    clock.at += 15 * 60_000 // past FSRS's short-term steps
    await app.waitFor((s) => s.includes("파드의 뜻은?"), "the card again")
    expect(app.screen().split("\n").at(-1)).toContain("복습 예정 1")
  })

  it("should say when the scope has no cards at all", async () => {
    const app = renderStudy([])
    expect(app.screen()).toContain("이 범위에는 카드가 없습니다")
  })

  it("should leave with q and with Esc", async () => {
    const app = renderStudy([PLAIN])
    await app.press("q")
    expect(app.exits()).toBe(1)
    await app.press(KEYS.escape)
    await tick(60) // Ink waits briefly to tell a lone Esc from an escape sequence
    expect(app.exits()).toBe(2)
  })

  it("should fit an 80×24 terminal with Korean text: every framed row exactly 80 columns", async () => {
    const long = { ...PLAIN, front: "컨테이너 오케스트레이션이란 무엇인가? ".repeat(30) }
    const app = renderStudy([long])
    await app.press(" ")
    const rows = app.screen().split("\n")
    expect(rows.length).toBeLessThanOrEqual(23) // one row spare, as the reader keeps
    const framed = rows.filter((row) => /^[╭│╰]/.test(row))
    expect(framed.length).toBe(22)
    for (const row of framed) {
      expect(stringWidth(row)).toBe(80)
      expect(row.at(-1)).toMatch(/[╮│╯]/)
    }
    expect(stringWidth(rows.at(-1) ?? "")).toBeLessThanOrEqual(80)
    expect(app.screen()).toContain("가장 작은 단위") // a long front leaves room for the answer
  })

  it("should strip escape sequences from card text", async () => {
    const hostile = { ...PLAIN, front: "파드\u001b]0;owned\u0007의 뜻은?\u001b[2J" }
    const app = renderStudy([hostile])
    expect(app.screen()).toContain("파드의 뜻은?")
    expect(app.screen()).not.toContain("\u001b]0")
    expect(app.screen()).not.toContain("owned")
  })
})
