import type { TopicNode } from "@kube-notes/graph"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { PlaceList } from "../../src/components/PlaceList.tsx"
import { createSite } from "../../src/lib/data/site.ts"
import { graphOf, topicsOf } from "./helpers.ts"

const NOTES = {
  "a.md": '# A & <b> "노트"\n\n#### 1. 파드 & <i>\n\n본문\n\n#### 2. 서비스\n\n본문\n',
  "b.md": "# B\n\n## 개요\n\n본문\n",
}

const list = (topics: readonly TopicNode[], site: ReturnType<typeof createSite>) =>
  renderToStaticMarkup(createElement(PlaceList, { topics, site }))

describe("a list of places (term and command pages)", () => {
  it("should print each topic as a link with its number and its note's title, escaped", async () => {
    const { graph } = await graphOf(NOTES)
    const site = createSite(graph)
    const [first] = topicsOf(graph).filter((topic) => topic.title.startsWith("파드"))
    if (!first) throw new Error("no 파드 topic")
    expect(list([first], site)).toBe(
      `<ul class="places"><li><a href="/notes/a/#1-%ED%8C%8C%EB%93%9C--i"><span class="topic-number">1</span> 파드 &#x26; &#x3C;i></a> <span class="muted">— A &#x26; &#x3C;b> "노트"</span></li></ul>`,
    )
  })

  it("should print a topic listed on several pages the same on each, in the order given", async () => {
    const { graph } = await graphOf(NOTES)
    const site = createSite(graph)
    const topics = topicsOf(graph)
    const items = (html: string) => html.match(/<li>.*?<\/li>/g) ?? []
    const all = items(list(topics, site))
    const reversed = items(list([...topics].reverse(), site))
    expect(all).toHaveLength(topics.length)
    expect(reversed).toEqual([...all].reverse())
    // A site loaded again (next dev after an edit) prints its own titles, not the first site's.
    const renamed = createSite({
      ...graph,
      nodes: graph.nodes.map((node) => (node.id === "note:b" ? { ...node, title: "B2" } : node)),
    })
    expect(list(topics, renamed)).toContain("— B2</span>")
    expect(list(topics, site)).not.toContain("— B2</span>")
  })
})
