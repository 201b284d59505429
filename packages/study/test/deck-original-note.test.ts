/**
 * The deck built from the original note and its glossary: what each card type yields, and the
 * rules every card keeps (no empty side, no answer on the front, unique ids).
 */

import type { Graph } from "@kube-notes/graph"
import { beforeAll, describe, expect, it } from "vitest"
import { createDeck } from "../src/index.ts"
import type { Card } from "../src/types.ts"
import { loadOriginalGraph } from "./helpers.ts"

let graph: Graph
let deck: Card[]

beforeAll(async () => {
  graph = await loadOriginalGraph()
  deck = createDeck(graph)
})

const fold = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ")

describe("the deck of the original note", () => {
  it("should make this many cards of each type", () => {
    const byType: Record<string, number> = {}
    for (const card of deck) byType[card.type] = (byType[card.type] ?? 0) + 1
    // 19 terms, all defined and all met in a topic; 7 commands; 5 topics of which 2 define terms;
    // schema 1 has no options. 33 aliases, less two spelling variants of weavenet (Weave Net, weave-net).
    expect(byType).toEqual({
      "term-definition": 19,
      "definition-term": 19,
      "alias-term": 31,
      cloze: 19,
      command: 7,
      choice: 2,
    })
  })

  it("should make one term → definition card per defined term a topic defines or mentions", () => {
    const defined = graph.nodes.filter((node) => node.kind === "term" && node.definition)
    const cards = deck.filter((card) => card.type === "term-definition")
    expect(cards.map((card) => card.nodeId).sort()).toEqual(defined.map((node) => node.id).sort())
  })

  it("should leave no side of any card empty", () => {
    for (const card of deck) {
      expect(card.front.trim(), card.id).not.toBe("")
      expect(card.back.trim(), card.id).not.toBe("")
      if (card.answer !== undefined) expect(card.answer.trim(), card.id).not.toBe("")
    }
  })

  it("should never show a card's answer on its front", () => {
    for (const card of deck) {
      const hidden = card.type === "term-definition" || card.type === "option" ? card.back : card.answer
      expect(hidden, card.id).toBeDefined()
      expect(fold(card.front), card.id).not.toContain(fold(hidden ?? ""))
    }
  })

  it("should keep every name of the term off a definition → term front", () => {
    for (const card of deck.filter((card) => card.type === "definition-term" || card.type === "choice")) {
      const term = graph.nodes.find((node) => node.kind === "term" && node.title === card.answer)
      if (term?.kind !== "term") throw new Error(`no term for ${card.id}`)
      for (const name of [term.title, ...term.aliases])
        expect(fold(card.front), card.id).not.toContain(fold(name))
    }
  })

  it("should give every card its own id, made of the node id and the type", () => {
    expect(new Set(deck.map((card) => card.id)).size).toBe(deck.length)
    for (const card of deck) expect(card.id.startsWith(`${card.nodeId}:${card.type}`), card.id).toBe(true)
  })

  it("should ask 큐블렛 → Kubelet", () => {
    const card = deck.find((card) => card.id === "term:kubelet:alias-term:큐블렛")
    expect(card).toMatchObject({ type: "alias-term", back: "Kubelet", answer: "Kubelet" })
    expect(card?.front).toContain("큐블렛")
  })

  it("should describe a command in the note's words and blank it out", () => {
    const card = deck.find((card) => card.id === "command:minikube version:command")
    expect(card?.front).toContain("설치 확인 명령어")
    expect(card?.answer).toBe("minikube version")
  })

  it("should offer the answer among the choices of a multiple-choice card, with distractors from the same note", () => {
    for (const card of deck.filter((card) => card.type === "choice")) {
      expect(card.choices, card.id).toContain(card.answer)
      expect(card.choices?.length, card.id).toBe(4)
      expect(new Set(card.choices).size).toBe(card.choices?.length)
    }
    const first = deck.find((card) => card.type === "choice")
    // The topic 1-1 defines four terms: the three others are the distractors.
    expect(first?.choices?.sort()).toEqual(
      ["Kubernetes API", "Master Node", "worker node", "쿠버네티스 클러스터"].sort(),
    )
  })

  it("should give typed cards a 초성 or first-letter hint that is not the answer", () => {
    const card = deck.find((card) => card.id === "term:쿠버네티스-클러스터:definition-term")
    expect(card?.hint).toBe("ㅋㅂㄴㅌㅅ ㅋㄹㅅㅌ")
  })

  it("should put cards in reading order, each in the note of its topic", () => {
    const note = graph.nodes.find((node) => node.kind === "note")
    for (const card of deck) expect(card.noteId).toBe(note?.id)
    const topics = deck.map((card) => card.topicId)
    expect(topics.indexOf("topic:kubernetes-intro-install#2-쿠버네티스-설치windows")).toBeGreaterThan(
      topics.lastIndexOf("topic:kubernetes-intro-install#1-1-쿠버네티스-용어"),
    )
  })
})
