import { describe, expect, it } from "vitest"
import type { NotePageData } from "../../src/lib/data/note-page-data.ts"
import { messages as m } from "../../src/lib/messages.ts"
import { noteContentHtml } from "../../src/lib/render/note-page-html.ts"

const DATA: NotePageData = {
  note: { id: "note:폴더/노드", title: "노드 <b>", path: "폴더/노드.md" },
  cards: 2,
  topics: [
    {
      id: "topic:폴더/노드#1-구성",
      slug: "1-구성",
      level: 1,
      title: "구성",
      number: "1.",
      cards: 1,
      terms: [{ id: "term:kubelet", title: "Kubelet" }],
      backlinks: [{ id: "note:b", title: "B" }],
    },
    {
      id: "topic:폴더/노드#1-1-세부",
      slug: "1-1-세부",
      level: 5,
      title: "세부",
      cards: 0,
      parent: { id: "topic:폴더/노드#1-구성", title: "1. 구성" },
      terms: [],
      backlinks: [],
    },
  ],
  terms: {},
  previous: { id: "note:a", title: "A" },
}

describe("a note page's content as HTML", () => {
  const html = noteContentHtml(DATA, {
    preamble: "<p>머리말</p>",
    bodies: ["<p>본문 1</p>", "<p>본문 2</p>"],
  })

  it("should print the rendered bodies as they are, each in its topic after the heading", () => {
    expect(html).toContain('<div class="prose"><p>머리말</p></div>')
    const first = html.indexOf('id="1-구성"')
    expect(first).toBeGreaterThan(html.indexOf("머리말"))
    expect(html.indexOf("<p>본문 1</p>")).toBeGreaterThan(first)
    expect(html.indexOf("<p>본문 2</p>")).toBeGreaterThan(html.indexOf('id="1-1-세부"'))
  })

  it("should head each topic by its level, capped at h6, and label its section by its anchor", () => {
    expect(html).toContain(
      '<section class="topic topic-level-1" aria-labelledby="1-구성"><h2 id="1-구성" class="topic-heading">',
    )
    expect(html).toContain(
      '<section class="topic topic-level-4" aria-labelledby="1-1-세부"><h6 id="1-1-세부"',
    )
    expect(html).toContain('<span class="topic-number">1.</span> 구성</a>')
  })

  it("should link study badges, terms, backlinks, the parent, the previous note and the contents", () => {
    expect(html).toContain(
      `data-study-scope="note:폴더/노드">카드 2개 · 복습 예정 <span data-study-due="">–</span>개</a>`,
    )
    expect(html).toContain(`href="/study/?topic=${encodeURIComponent("topic:폴더/노드#1-구성")}"`)
    expect(html.match(/class="study-badge"/g)).toHaveLength(2)
    expect(html).toContain('<a href="/terms/kubelet/">Kubelet</a>')
    expect(html).toContain('<a href="/notes/b/">B</a>')
    expect(html).toContain(
      `<p class="topic-parent muted">${m.notePage.parentTopic} <a href="/notes/${encodeURIComponent("폴더")}/${encodeURIComponent("노드")}/#${encodeURIComponent("1-구성")}">1. 구성</a></p>`,
    )
    expect(html).toContain('<a rel="prev" href="/notes/a/">')
    expect(html).not.toContain('rel="next"')
    expect(html.match(/<li class="toc-level-\d">/g)).toHaveLength(2)
  })

  it("should escape the note's own words: title and path are text, never markup", () => {
    expect(html).toContain('<h1 id="note-title">노드 &#x3C;b></h1>')
    expect(html).not.toContain("<b>")
    expect(html).toContain('<li aria-current="page">노드 &#x3C;b></li>')
  })

  it("should put each body whole in its own place, whatever the bodies and titles contain", () => {
    const odd = { ...DATA, note: { ...DATA.note, title: '<"body"> 제목' } }
    const bodies = ['<p><"body"> 하나</p>', ""]
    const printed = noteContentHtml(odd, { preamble: '<"body">', bodies })
    expect(printed).toContain('<div class="prose"><"body"></div>')
    expect(printed).toContain('<div class="prose"><p><"body"> 하나</p></div>')
    expect(printed).toContain('<div class="prose"></div>')
    expect(printed.match(/<div class="prose">/g)).toHaveLength(3)
    expect(printed).toContain('<h1 id="note-title">&#x3C;"body"> 제목</h1>')
    // Without a preamble the first topic's body takes the first place.
    const plain = noteContentHtml(DATA, { bodies: ["<p>첫</p>", "<p>둘</p>"] })
    expect(plain.indexOf("<p>첫</p>")).toBeGreaterThan(plain.indexOf('id="1-구성"'))
    expect(plain.indexOf("<p>둘</p>")).toBeGreaterThan(plain.indexOf('id="1-1-세부"'))
    expect(plain.match(/<div class="prose">/g)).toHaveLength(2)
  })

  it("should print the same chip the same under every topic, its title escaped", () => {
    const shared = { id: "note:c", title: 'C <i> & "q"' }
    const twice: NotePageData = {
      ...DATA,
      topics: DATA.topics.map((topic) => ({ ...topic, backlinks: [shared] })),
    }
    const printed = noteContentHtml(twice, { bodies: ["", ""] })
    const chip = '<li><a href="/notes/c/">C &#x3C;i> &#x26; "q"</a></li>'
    expect(printed.split(chip)).toHaveLength(3)
    // A note renamed since (next dev) is printed with its new title.
    const renamed = noteContentHtml(
      {
        ...twice,
        topics: twice.topics.map((topic) => ({ ...topic, backlinks: [{ ...shared, title: "C2" }] })),
      },
      { bodies: ["", ""] },
    )
    expect(renamed).toContain('<li><a href="/notes/c/">C2</a></li>')
    expect(renamed).not.toContain(chip)
  })
})
