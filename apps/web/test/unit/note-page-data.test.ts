import { describe, expect, it } from "vitest"
import type { SiteDeck } from "../../src/lib/data/load-deck.ts"
import { buildNotePageData } from "../../src/lib/data/note-page-data.ts"
import { createSite } from "../../src/lib/data/site.ts"
import { graphOf } from "./helpers.ts"

const GLOSSARY = `Kubelet:
  aliases: [큐블렛]
  definition: 각 노드에서 파드를 관리하는 에이전트.
Pod:
  definition: 컨테이너 묶음.
`

const NOTES = {
  "glossary.yaml": GLOSSARY,
  "a.md": "# 노드\n\n#### 1. 구성\n\n노드마다 큐블렛이 있다.\n\n#### 1-1) 세부\n\n자세히.\n",
  "b.md": "# 링크\n\n#### 1. 참고\n\n[구성](a.md#1-구성)을 본다.\n",
}

const cardsOf = (counts: Record<string, number>): SiteDeck => ({
  cards: [],
  countOf: (id) => counts[id] ?? 0,
})

async function pageOf(noteId: string, counts: Record<string, number> = {}) {
  const built = await graphOf(NOTES)
  const site = createSite(built.graph)
  const bodies = built.bodies.getNoteBodies(noteId)
  if (!bodies) throw new Error(`no bodies for ${noteId}`)
  return { site, data: buildNotePageData(site, cardsOf(counts), noteId, bodies) }
}

describe("a note page's data", () => {
  it("should carry every topic with its parent's label, its terms and the places that link to it", async () => {
    const { site, data } = await pageOf("note:a")
    const [first, nested] = data.topics
    expect(data.topics.map((topic) => topic.title)).toEqual(["구성", "세부"])
    expect(nested?.parent).toEqual({ id: first?.id, title: "1. 구성" })
    expect(first?.terms.map((term) => term.title)).toEqual(["Kubelet"])
    const linking = site.query.getBacklinks(first?.id ?? "").map((node) => node.id)
    expect(linking.length).toBeGreaterThan(0)
    expect(first?.backlinks.map((link) => link.id)).toEqual(linking.filter((id) => id !== first?.id))
  })

  it("should hold the terms its bodies mention, whole, for the tooltips, and no others", async () => {
    const { data } = await pageOf("note:a")
    expect(Object.keys(data.terms)).toEqual(["term:kubelet"])
    expect(data.terms["term:kubelet"]?.definition).toBe("각 노드에서 파드를 관리하는 에이전트.")
  })

  it("should name the previous and next notes in reading order and count the study cards", async () => {
    const { site, data } = await pageOf("note:a", { "note:a": 3 })
    const order = site.notes.map((note) => note.id)
    const index = order.indexOf("note:a")
    expect(data.previous?.id).toBe(order[index - 1])
    expect(data.next?.id).toBe(order[index + 1])
    expect(data.cards).toBe(3)
    expect(data.topics.every((topic) => topic.cards === 0)).toBe(true)
  })
})
