/** Card identity: ids come from nodes and types, so rewording a note keeps each card's history. */
import { describe, expect, it } from "vitest"
import { createDeck } from "../src/index.ts"
import { graphFor } from "./helpers.ts"

const note = (definition: string) => `# 노트

#### 1. 용어

- Kubelet : ${definition}
- Pod : 쿠버네티스에서 배포할 수 있는 가장 작은 단위로 컨테이너를 묶은 것
`
const glossary = "Kubelet:\n  aliases: [큐블렛]\n"

describe("card ids", () => {
  it("should stay the same when a definition is reworded", async () => {
    const before = createDeck(
      await graphFor({
        "a.md": note("각 노드에서 파드와 컨테이너를 실행하는 에이전트"),
        "glossary.yaml": glossary,
      }),
    )
    const after = createDeck(
      await graphFor({
        "a.md": note("모든 노드에서 돌며 컨테이너 시작 같은 일을 맡는 컴포넌트"),
        "glossary.yaml": glossary,
      }),
    )
    expect(after.map((card) => card.id)).toEqual(before.map((card) => card.id))
    const backs = (deck: typeof before) =>
      deck.find((card) => card.id === "term:kubelet:term-definition")?.back
    expect(backs(after)).not.toEqual(backs(before))
  })

  it("should be readable: node id, type and, for aliases, the alias", async () => {
    const deck = createDeck(
      await graphFor({ "a.md": note("각 노드에서 파드를 실행하는 에이전트"), "glossary.yaml": glossary }),
    )
    expect(deck.map((card) => card.id)).toContain("term:kubelet:alias-term:큐블렛")
    expect(deck.map((card) => card.id)).toContain("term:kubelet:definition-term")
  })
})
