import { cleanup } from "ink-testing-library"
import stringWidth from "string-width"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { LoadedGraph } from "../src/source/bodies.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"
import { KEYS, renderApp, tick } from "./helpers/render-app.tsx"

let graph: LoadedGraph
beforeAll(async () => {
  graph = await loadPackagedGraph()
})
afterEach(() => cleanup())

/** The reader pane's text: what is right of the tree's border. */
const readerText = (screen: string) =>
  screen
    .split("\n")
    .map((line) => line.split("││")[1] ?? "")
    .join("\n")

describe("the reader app", () => {
  it("should open on the first note with the tree beside the reader and key hints below", async () => {
    const app = renderApp(graph)
    const screen = app.screen()
    expect(screen).toContain("쿠버네티스 소개 및 설치")
    expect(screen).toContain("1-1) 쿠버네티스 용어")
    expect(screen).toContain("? 도움말")
  })

  it("should move the tree cursor with j/k and open the topic with Enter", async () => {
    const app = renderApp(graph)
    await app.press("j", "j", KEYS.enter)
    const reader = readerText(app.screen())
    expect(reader).toContain("1-1) 쿠버네티스 용어")
    expect(reader).toContain("Master Node(Control plane)")
    expect(app.screen().split("\n").at(-1)).toMatch(/1\. 쿠버네티스 오케스트레이션 › 1-1\) 쿠버네티스 용어/)
  })

  it("should fold and unfold a topic with h and l", async () => {
    const app = renderApp(graph)
    await app.press("j", "h")
    expect(app.screen()).not.toContain("1-1) 쿠버네티스 용어")
    await app.press("l")
    expect(app.screen()).toContain("1-1) 쿠버네티스 용어")
  })

  it("should cycle term mentions with Tab and open the focused term with Enter", async () => {
    const app = renderApp(graph)
    await app.press("j", KEYS.enter, KEYS.tab)
    expect(app.screen()).toContain("[컨테이너]") // no colour: the focused mention is bracketed
    expect(app.screen()).toContain("컨테이너 · Enter 열기")
    await app.press(KEYS.tab)
    expect(app.screen()).toContain("[오케스트레이션]")
    await app.press(KEYS.shiftTab)
    expect(app.screen()).toContain("[컨테이너]")
    await app.press(KEYS.enter)
    const reader = readerText(app.screen())
    expect(reader).toContain("container")
    expect(reader).toContain("다른 이름: 컨테이너")
    expect(reader).toContain("언급된 곳")
  })

  it("should go back and forward through history", async () => {
    const app = renderApp(graph)
    await app.press("j", KEYS.enter, KEYS.tab, KEYS.enter)
    expect(readerText(app.screen())).toContain("다른 이름: 컨테이너")
    await app.press("[")
    expect(readerText(app.screen())).toContain("1. 쿠버네티스 오케스트레이션")
    await app.press("[")
    expect(readerText(app.screen())).toContain("하위 주제")
    await app.press("]", "]")
    expect(readerText(app.screen())).toContain("다른 이름: 컨테이너")
    await app.press("]")
    expect(app.screen()).toContain("다음 페이지가 없습니다")
  })

  it("should search as you type, Korean included, and open a result", async () => {
    const app = renderApp(graph)
    await app.press("/")
    await tick(100) // the search engine loads on first use
    await app.press("큐", "블", "렛")
    const screen = app.screen()
    expect(screen).toContain("검색 › 큐블렛")
    expect(screen).toContain("Kubelet")
    await app.press(KEYS.backspace)
    expect(app.screen()).toContain("검색 › 큐블")
    await app.press("렛", KEYS.enter)
    expect(readerText(app.screen())).toContain("다른 이름: 큐블렛")
  })

  it("should list the glossary with t, filter it, and open a term", async () => {
    const app = renderApp(graph)
    await app.press("t")
    expect(app.screen()).toContain("용어집")
    expect(app.screen()).toContain("flannel")
    await app.press("미", "니")
    expect(app.screen()).toContain("minikube")
    expect(app.screen()).not.toContain("flannel")
    await app.press(KEYS.enter)
    expect(readerText(app.screen())).toContain("다른 이름: 미니큐브")
  })

  it("should copy the selected command with y and say so", async () => {
    const app = renderApp(graph)
    await app.press("c", "g", "e", "t", " ", "n")
    expect(app.screen()).toContain("kubectl get nodes")
    await app.press("y")
    expect(app.copies).toEqual(["kubectl get nodes"])
    expect(app.screen()).toContain("복사했습니다: kubectl get nodes")
  })

  it("should copy a command focused in the reader with Tab then y", async () => {
    const app = renderApp(graph)
    await app.press("G", KEYS.up, KEYS.enter) // topic 2: 쿠버네티스 설치(Windows)
    for (let i = 0; i < 60 && !app.screen().includes("y 복사"); i++) await app.press(KEYS.tab)
    expect(app.screen()).toContain("y 복사")
    await app.press("y")
    expect(app.copies).toHaveLength(1)
    expect(app.copies[0]).toMatch(/^(minikube|kubectl) /)
    expect(app.screen()).toContain(`복사했습니다: ${app.copies[0]}`)
  })

  it("should list backlinks of a term with b", async () => {
    const app = renderApp(graph)
    await app.press("t", "K", "u", "b", "e", "l", "e", "t", KEYS.enter, "b")
    expect(app.screen()).toContain("이곳을 가리키는 곳")
    expect(app.screen()).toContain("1-1) 쿠버네티스 용어")
  })

  it("should show help with ? and close it with Esc", async () => {
    const app = renderApp(graph)
    await app.press("?")
    expect(app.screen()).toContain("본문의 용어, 명령어, 링크를 차례로 고르기")
    await app.press(KEYS.escape)
    expect(app.screen()).not.toContain("본문의 용어, 명령어, 링크를 차례로 고르기")
  })

  it("should page the reader and jump to the top and bottom", async () => {
    const app = renderApp(graph)
    await app.press("j", "j", KEYS.enter)
    const top = readerText(app.screen())
    await app.press(KEYS.pageDown)
    expect(readerText(app.screen())).not.toBe(top)
    await app.press("g")
    expect(readerText(app.screen())).toBe(top)
    await app.press("G")
    expect(readerText(app.screen())).toContain("이미지")
  })

  it("should follow a resize and keep every border intact with Korean text", async () => {
    const app = renderApp(graph)
    await app.press("j", "j", KEYS.enter)
    Object.defineProperty(app.stdout, "columns", { value: 80, configurable: true })
    app.stdout.emit("resize")
    await tick(60)
    const lines = app.screen().split("\n")
    const framed = lines.slice(0, -1)
    for (const line of framed) expect(stringWidth(line)).toBe(80)
    expect(lines.every((line) => stringWidth(line) <= 80)).toBe(true)
    expect(app.screen()).toContain("Master Node")
  })

  it("should keep the tree's border in line when a Korean title is cut on a wide character", async () => {
    // 100 columns: the tree's text is 28 wide, and this row is 29 with its last "강" at 26–27.
    const cut = await buildFromFiles({ "a.md": "# ConfigMap 과 Secret (17강)\n\n## 1) 토픽\n\n본문\n" })
    const app = renderApp(cut)
    const lines = app.screen().split("\n")
    expect(app.screen()).toContain("ConfigMap 과 Secret (17…")
    for (const line of lines.slice(0, -1)) expect(stringWidth(line)).toBe(100)
  })

  it("should bookmark with m and save the position and bookmarks on q", async () => {
    const app = renderApp(graph)
    await app.press("j", KEYS.enter, "m")
    expect(app.screen()).toContain("책갈피에 넣었습니다")
    await app.press("q")
    expect(app.quits).toHaveLength(1)
    expect(app.quits[0]?.bookmarks).toEqual([app.quits[0]?.last?.id])
    expect(app.quits[0]?.last?.id).toMatch(/^topic:.*#1-/)
  })

  it("should reopen where the reader was and show a start-up warning", async () => {
    const topic = graph.graph.nodes.find((n) => n.kind === "topic" && n.number === "2-1")
    const app = renderApp(graph, {
      saved: { last: { id: topic?.id ?? "", scroll: 0 }, bookmarks: [] },
      warning: "State file was damaged",
    })
    expect(readerText(app.screen())).toContain("2-1) 별도 설치 없이 사용")
    expect(app.screen()).toContain("State file was damaged")
  })
})
