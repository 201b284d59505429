import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { clausesOf, isSpace, markSentence } from "../src/analyze/definition-sentences.ts"
import { build, buildOriginal } from "./helpers.ts"

const termOf = async (files: Record<string, string>, id: string) => {
  const graph = await build(files)
  const node = graph.nodes.find((n) => n.id === id)
  if (node?.kind !== "term") throw new Error(`no term ${id}`)
  return node
}

describe("definition sentences: clauses", () => {
  it("should cut a sentence into one clause per accepted name, each up to its last predicate", () => {
    const clauses = clausesOf(
      "각각의 노드는 Kubelet을 가지고 있으며 Kubelet은 노드를 관리하는 에이전트고 이 큐블렛은 마스터와 통신한다.",
    )
    expect(clauses.map((c) => [c.subject, c.text])).toEqual([
      ["각각의 노드", "각각의 노드는 Kubelet을 가지고 있으며"],
      ["Kubelet", "Kubelet은 노드를 관리하는 에이전트고"],
      ["이 큐블렛", "이 큐블렛은 마스터와 통신한다"],
    ])
  })

  it("should take the longest accepted name, and not cut at names that are not accepted", () => {
    const isTerm = (name: string) => name === "Master Node" || name === "Agent"
    expect(clausesOf("보통 Master Node는 3대를 운영함", isTerm).map((c) => c.subject)).toEqual([
      "Master Node",
    ])
    // 돌리는 looks like a topic mark but is an adnominal verb: only accepted names cut.
    expect(clausesOf("각 노드는 Agent를 가지며 Agent는 컨테이너를 돌리는 관리자다", isTerm)).toEqual([
      expect.objectContaining({ subject: "Agent", text: "Agent는 컨테이너를 돌리는 관리자다" }),
    ])
  })

  it.each([
    ["쿠버네티스란 컨테이너 오케스트레이션 도구이다.", "쿠버네티스"],
    ["파드는 가장 작은 배포 단위입니다.", "파드"],
    ["네트워크는 노드 사이를 잇는 것임", "네트워크"],
    ["이미지는 컨테이너의 틀이다", "이미지"],
  ])("should read %j as a clause about %s", (sentence, subject) => {
    expect(clausesOf(sentence, (name) => name === subject)[0]?.subject).toBe(subject)
  })

  it.each([
    ["클러스터를 관리하는 에이전트다", "adnominal 하는 is no topic marker"],
    ["경우에는 재시작한다", "에는 is a particle, not a name"],
    ["Kubelet은 노드마다", "no predicate ending (마다 is a particle)"],
    ["설정, Kubelet은", "no predicate"],
  ])("should find no clause in %j (%s)", (sentence) => {
    expect(clausesOf(sentence)).toEqual([])
  })
})

describe("definition sentences: term descriptions", () => {
  it("should attach the original note's Kubelet sentence to Kubelet with its note, topic and place", async () => {
    const graph = await buildOriginal()
    const kubelet = graph.nodes.find((n) => n.id === "term:kubelet")
    expect(kubelet?.kind === "term" && kubelet.descriptions[0]).toEqual({
      text: "Kubelet은 한 노드를 관리하기 위한 에이전트고",
      note: "note:kubernetes-intro-install",
      topic: "topic:kubernetes-intro-install#1-1-쿠버네티스-용어",
      position: { start: { line: 22, column: 36 }, end: { line: 22, column: 66 } },
    })
  })

  it("should attach a clause through any alias and only the part from the name on", async () => {
    const term = await termOf(
      {
        "a.md": "# a\n\n#### 1. 개요\n\n설정 뒤 이 **큐블렛**은 노드마다 도는 에이전트다.\n",
        "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
      },
      "term:kubelet",
    )
    expect(term.descriptions.map((d) => [d.text, d.topic, d.position.start])).toEqual([
      ["큐블렛은 노드마다 도는 에이전트다", "topic:a#1-개요", { line: 5, column: 10 }],
    ])
  })

  it("should leave terms that no sentence is about with no descriptions, and ignore clauses about non-terms", async () => {
    const term = await termOf(
      { "a.md": "# a\n\n노드는 컴퓨터다. Kubelet을 쓴다.\n", "glossary.yaml": "Kubelet: {}\n" },
      "term:kubelet",
    )
    expect(term.descriptions).toEqual([])
  })

  it("should put a clause before the first topic under the note with no topic", async () => {
    const term = await termOf(
      { "a.md": "# a\n\nKubelet은 에이전트다.\n", "glossary.yaml": "Kubelet: {}\n" },
      "term:kubelet",
    )
    expect(term.descriptions).toEqual([
      {
        text: "Kubelet은 에이전트다",
        note: "note:a",
        position: { start: { line: 3, column: 1 }, end: { line: 3, column: 15 } },
      },
    ])
  })
})

describe("definition sentences: the word scan", () => {
  // The scan tests a word's last character before its patterns, and strips trailing
  // punctuation without a regex: it must mark exactly what the patterns alone mark.
  const TRAILING = /[.,!?;:)\]}"'”’…。、]+$/u
  const TOPIC_MARKER = /^(.+?)(이란|란|은|는)$/u
  const NOT_A_SUBJECT = /(하|되|있|없|않|시키|같|많|좋|에|에서|으로|에게|한테|까지|부터|하고)$/u
  const PREDICATE = (word: string) =>
    /(다|고|임|함|음|됨|며|요)$/u.test(word) && !/(마다|보다|에다|부터고)$/u.test(word)
  const byPatterns = (text: string) => {
    const marks: { word: number; name: string }[] = []
    const predicates: number[] = []
    const ends: number[] = []
    const starts: number[] = []
    for (const m of text.matchAll(/\S+/gu)) {
      const core = m[0].replace(TRAILING, "")
      const index = ends.length
      starts.push(m.index)
      ends.push(m.index + core.length)
      const name = TOPIC_MARKER.exec(core)?.[1]
      const subject =
        name && /[\p{L}\p{N}]/u.test(name) && !NOT_A_SUBJECT.test(name) && !/^[\uac00-\ud7a3]$/u.test(name)
      if (subject) marks.push({ word: index, name })
      else if (PREDICATE(core)) predicates.push(index)
    }
    return { marks, predicates, starts, ends }
  }
  const piece = fc.constantFrom(
    "노드",
    "Kubelet",
    "이",
    "란",
    "은",
    "는",
    "이란",
    "다",
    "고",
    "임",
    "요",
    "마다",
    "부터고",
    "하",
    "에서",
    ".",
    ",",
    "!",
    "?",
    ";",
    ":",
    ")",
    "]",
    "}",
    '"',
    "'",
    "”",
    "’",
    "…",
    "。",
    "、",
    "(",
    " ",
    " ",
    "\t",
    // Whitespace past space and tab (`\s` has them all), and a character that is not (U+200B).
    "\n",
    "\u00a0",
    "\u3000",
    "\u2028",
    "\ufeff",
    "\u1680",
    "\u200b",
    "😀",
    "가",
  )

  it("should mark the same names and predicates as the patterns it stands for", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("")
        const scanned = markSentence(text, 0, (offset) => ({ line: 1, column: offset + 1 }))
        const expected = byPatterns(text)
        expect(scanned.marks).toEqual(expected.marks)
        expect(scanned.predicates).toEqual(expected.predicates)
        expect(scanned.words.map((w) => w.end)).toEqual(expected.ends)
        expect(scanned.words.map((w) => w.start)).toEqual(expected.starts)
      }),
      { numRuns: 500 },
    )
  })

  it("should split words at exactly the characters `\\s` matches", () => {
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++)
      if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })
})
