import type { TermNode } from "@kube-notes/graph"
import type { Element, ElementContent, Root } from "hast"
import { toHtml } from "hast-util-to-html"
import { describe, expect, it } from "vitest"
import { messages } from "../../src/lib/messages.ts"
import { createIdMaker, renderHast } from "../../src/lib/render/render-content.ts"
import { graphOf, renderTopicsHtml } from "./helpers.ts"

const GLOSSARY = `Kubelet:
  aliases: [큐블렛]
  definition: 각 노드에서 파드를 관리하는 에이전트.
`

describe("rendering a topic's mdast", () => {
  it("should link a term mention to its page with a tooltip holding the definition", async () => {
    const built = await graphOf({
      "glossary.yaml": GLOSSARY,
      "a.md": "# A\n\n#### 1. 노드\n\n노드마다 큐블렛이 있다.\n",
    })
    const html = await renderTopicsHtml(built)
    expect(html).toMatch(
      /<a class="term-link" href="\/terms\/kubelet\/" aria-describedby="tip-1">큐블렛<\/a>/,
    )
    expect(html).toContain('role="tooltip" id="tip-1"')
    expect(html).toContain("각 노드에서 파드를 관리하는 에이전트.")
  })

  it("should show the notes' sentences about a term in its tooltip, after the definition", async () => {
    const graph = await graphOf({
      "glossary.yaml": GLOSSARY,
      "a.md": "# A\n\n#### 1. 노드\n\n**Kubelet**은 노드마다 도는 에이전트고 큐블렛은 API 서버와 통신한다.\n",
    })
    const html = await renderTopicsHtml(graph)
    const tip = html.slice(html.indexOf('id="tip-1"'))
    const definition = tip.indexOf("각 노드에서 파드를 관리하는 에이전트.")
    const first = tip.indexOf('<span class="term-tip-description">Kubelet은 노드마다 도는 에이전트고</span>')
    const second = tip.indexOf('<span class="term-tip-description">큐블렛은 API 서버와 통신한다</span>')
    expect(definition).toBeGreaterThan(-1)
    expect(first).toBeGreaterThan(definition)
    expect(second).toBeGreaterThan(first)
  })

  it("should render a command in prose as inline code with a copy button holding the exact text", async () => {
    const built = await graphOf({ "a.md": "# A\n\n#### 1. 설치\n\n- 설치 확인 명령어 : minikube version\n" })
    const html = await renderTopicsHtml(built)
    expect(html).toContain("<code>minikube version</code>")
    expect(html).toContain('data-copy="minikube version"')
  })

  it("should highlight a PowerShell fence with light and dark colours and keep the code for copying", async () => {
    const built = await graphOf({
      "a.md": "# A\n\n#### 1. 설정\n\n```powershell\nkubectl config get-contexts\n```\n",
    })
    const html = await renderTopicsHtml(built)
    expect(html).toContain('class="shiki')
    expect(html).toContain("--shiki-light:")
    expect(html).toContain("--shiki-dark:")
    expect(html).toContain('data-copy="kubectl config get-contexts"')
    expect(html).toContain('<span class="code-lang">powershell</span>')
  })

  it("should leave code in an unknown language plain but still copyable", async () => {
    const built = await graphOf({ "a.md": "# A\n\n#### 1. x\n\n```brainfuck\n+++.\n```\n" })
    const html = await renderTopicsHtml(built)
    expect(html).not.toContain("shiki")
    expect(html).toContain('<pre tabindex="0"><code class="language-brainfuck">+++.\n</code></pre>')
    expect(html).toContain('data-copy="+++."')
  })

  it("should point a link between notes at the target topic's anchor on its note page", async () => {
    const built = await graphOf({
      "a.md": "# A\n\n#### 1. 처음\n\n[설치 보기](b.md#1-설치)\n",
      "b.md": "# B\n\n#### 1. 설치\n\n본문\n",
    })
    const html = await renderTopicsHtml(built)
    expect(html).toContain(`href="/notes/b/#${encodeURIComponent("1-설치")}"`)
  })

  it("should show a copied image from the site and a missing one as a visible placeholder", async () => {
    const built = await graphOf({
      "a.md": "# A\n\n#### 1. 그림\n\n![다이어그램](images/d.png)\n\n![없음](images/gone.png)\n",
      "images/d.png": "png",
    })
    const html = await renderTopicsHtml(built, ["images/d.png"])
    expect(html).toContain('src="/assets/images/d.png"')
    expect(html).toContain('alt="다이어그램"')
    expect(html).toContain('class="missing-image"')
    expect(html).toContain("images/gone.png")
  })
})

describe("remote images", () => {
  const imgTags = (html: string) => html.match(/<img[^>]*>/gi) ?? []

  it("should show an https image as a lazy <img> that sends no referrer, with its alt text", async () => {
    const graph = await graphOf({
      "a.md": '# A\n\n#### 1. 그림\n\n![클러스터 구성도](https://images.example.com/c.png "구성")\n',
    })
    const [img, ...rest] = imgTags(await renderTopicsHtml(graph))
    expect(rest).toEqual([])
    expect(img).toContain('src="https://images.example.com/c.png"')
    expect(img).toContain('alt="클러스터 구성도"')
    expect(img).toContain('title="구성"')
    expect(img).toContain('loading="lazy"')
    expect(img).toContain('decoding="async"')
    expect(img).toContain('referrerpolicy="no-referrer"')
  })

  it("should name a picture without alt text by its file name when a person named the file", async () => {
    const graph = await graphOf({
      "a.md":
        "# A\n\n#### 1. 수명\n\n![](https://raw.githubusercontent.com/u/r/main/img/pod-lifecycle.png)\n",
    })
    expect(imgTags(await renderTopicsHtml(graph))[0]).toContain('alt="pod-lifecycle"')
  })

  it("should name a picture without alt text by its section when the host named the file by a hash", async () => {
    const graph = await graphOf({
      "a.md": [
        "# A",
        "",
        "#### 1. 설치 화면",
        "",
        "![](https://user-images.githubusercontent.com/1234/5f3c9a1e-77b0-4c1e-9d2a-0e5c1d2f3a4b.png)",
        "",
        "![ ](https://github.com/user-attachments/assets/0b9d6a2c-1f2e-4d3c-8b7a-6e5f4d3c2b1a)",
        "",
      ].join("\n"),
    })
    const imgs = imgTags(await renderTopicsHtml(graph))
    expect(imgs).toHaveLength(2)
    for (const img of imgs) expect(img).toContain('alt="‘설치 화면’ 절의 그림"')
  })

  it("should keep http and protocol-relative images as links labelled with their host, never an <img>", async () => {
    const graph = await graphOf({
      "a.md":
        "# A\n\n#### 1. 그림\n\n![클러스터 구성도](http://images.example.com/c.png) 와 ![](//cdn.example.org/x.svg)\n",
    })
    const html = await renderTopicsHtml(graph)
    expect(imgTags(html)).toEqual([])
    expect(html).toMatch(
      /<a href="http:\/\/images\.example\.com\/c\.png" rel="nofollow noopener noreferrer">클러스터 구성도 \(images\.example\.com\)<\/a>/,
    )
    expect(html).toContain('class="remote-image"')
    // No alt text: still labelled, with the host.
    expect(html).toContain(">이미지 (cdn.example.org)</a>")
  })

  it("should keep https images as links, loading nothing, when kube-notes.json says remoteImages: link", async () => {
    const graph = await graphOf({
      "a.md": "# A\n\n#### 1. 그림\n\n![구성도](https://images.example.com/c.png)\n",
    })
    const html = await renderTopicsHtml(graph, [], { remoteImages: "link" })
    expect(imgTags(html)).toEqual([])
    expect(html).toContain(
      '<span class="remote-image">외부 이미지: <a href="https://images.example.com/c.png" rel="nofollow noopener noreferrer">구성도 (images.example.com)</a></span>',
    )
  })

  it("should keep showing the notes' own images when remote ones are links", async () => {
    const graph = await graphOf({
      "a.md": "# A\n\n#### 1. 그림\n\n![다이어그램](images/d.png)\n",
      "images/d.png": "png",
    })
    const html = await renderTopicsHtml(graph, ["images/d.png"], { remoteImages: "link" })
    expect(imgTags(html)).toHaveLength(1)
    expect(html).toContain('src="/assets/images/d.png"')
  })

  for (const url of [
    "javascript:alert(7)",
    "JaVaScRiPt:alert(7)",
    "data:image/png;base64,iVBORw0KGgo=",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/a.png",
    "blob:https://example.com/0b9d6a2c",
  ])
    it(`should never make an <img> or a link of an image at ${url.split(":")[0]}: (shown as missing)`, async () => {
      for (const remoteImages of ["show", "link"] as const) {
        const html = await renderTopicsHtml(
          await graphOf({ "a.md": `# A\n\n#### 1. x\n\n![x](${url})\n` }),
          [],
          {
            remoteImages,
          },
        )
        expect(imgTags(html)).toEqual([])
        expect(html).not.toMatch(/<[a-z][^<>]*\s(?:href|src)="(?!\/)/i)
        expect(html).toContain('class="missing-image"')
      }
    })

  it("should treat an image reference like an inline image: https shown with the same attributes, others never", async () => {
    const note = [
      "# A",
      "",
      "#### 1. x",
      "",
      "![a][h] ![b][j] ![c][d] ![e][s]",
      "",
      "[h]: http://evil.example/t.png",
      "[j]: javascript:alert(1)",
      "[d]: data:image/png;base64,AA==",
      "[s]: https://ok.example/pic.png",
      "",
    ].join("\n")
    const shown = await renderTopicsHtml(await graphOf({ "a.md": note }))
    expect(imgTags(shown)).toEqual([
      '<img src="https://ok.example/pic.png" alt="e" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    ])
    expect(shown).toContain(">a (evil.example)</a>")
    const linked = await renderTopicsHtml(await graphOf({ "a.md": note }), [], { remoteImages: "link" })
    expect(imgTags(linked)).toEqual([])
  })

  it("should load an upper-case HTTPS URL too, as the normalised https URL", async () => {
    const html = await renderTopicsHtml(
      await graphOf({ "a.md": "# A\n\n#### 1. x\n\n![z](HTTPS://UP.example/A.PNG)\n" }),
    )
    expect(imgTags(html)).toEqual([
      '<img src="https://up.example/A.PNG" alt="z" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    ])
  })
})

describe("sanitising untrusted notes", () => {
  const HOSTILE = [
    "# 악성",
    "",
    "#### 1. 공격",
    "",
    "<script>alert(1)</script>",
    "",
    '<img src=x onerror="alert(2)">',
    "",
    "[눌러](javascript:alert(3)) [데이터](data:text/html,<script>alert(4)</script>)",
    "",
    '<iframe src="https://evil.example"></iframe>',
    "",
    '<svg onload="alert(5)"><script>alert(6)</script></svg>',
    "",
    "![x](javascript:alert(7))",
    "",
    'text <a href="javascript:alert(8)" onclick="alert(9)">inline</a> html',
    "",
  ].join("\n")

  it("should render raw HTML as visible text, never as elements", async () => {
    const html = await renderTopicsHtml(await graphOf({ "a.md": HOSTILE }))
    expect(html).not.toMatch(/<script|<iframe|<svg|<img[^>]*onerror/i)
    // `<` is escaped, so the payload is text (hast-util-to-html leaves `>` and `"` as they are in text).
    expect(html).toContain("&lt;script>alert(1)&lt;/script>")
    expect(html).toContain('<code class="raw-html">&lt;iframe')
  })

  it("should drop javascript: and data: URLs and every event handler attribute", async () => {
    const html = await renderTopicsHtml(await graphOf({ "a.md": HOSTILE }))
    // Inside real tags only: the raw HTML shown as text legitimately contains these strings.
    expect(html).not.toMatch(/<[a-z][^<>]*\shref="(javascript|data):/i)
    expect(html).not.toMatch(/<[a-z][^<>]*\ssrc="(javascript|data):/i)
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i)
    expect(html).toContain("눌러")
  })
})

const AT = { line: 1, column: 1 }

describe("term mentions printed once per term", () => {
  const term = (definition: string, descriptions: string[]): TermNode => ({
    id: "term:a&b",
    kind: "term",
    title: 'A "큐블렛" & <b>',
    aliases: [],
    definition,
    source: "glossary",
    descriptions: descriptions.map((text) => ({ text, note: "note:a", position: { start: AT, end: AT } })),
  })
  const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
    type: "element",
    tagName,
    properties,
    children,
  })
  const text = (value: string): ElementContent => ({ type: "text", value })
  const mention = (): Root => ({
    type: "root",
    children: [
      el("p", {}, [
        text("앞 "),
        el("kn-term", { dataTermId: "term:a&b" }, [text("큐블렛 & <i>"), el("em", {}, [text("x")])]),
      ]),
    ],
  })
  /** The mention element by element, as hast-util-to-html prints it: what the printed markup must equal. */
  const expected = (t: TermNode, tipText: string, tipId: string) =>
    toHtml(
      el("p", {}, [
        text("앞 "),
        el("span", { className: ["term"] }, [
          el("a", { className: ["term-link"], href: "/terms/a%26b/", ariaDescribedBy: [tipId] }, [
            text("큐블렛 & <i>"),
            el("em", {}, [text("x")]),
          ]),
          el("span", { className: ["term-tip"], role: "tooltip", id: tipId }, [
            el("strong", {}, [text(t.title)]),
            text(tipText),
            ...t.descriptions
              .slice(0, 2)
              .map((d) => el("span", { className: ["term-tip-description"] }, [text(d.text)])),
          ]),
        ]),
      ]),
      { characterReferences: { useNamedReferences: true } },
    )

  it("should print a mention as hast-util-to-html prints its link and tooltip, for every kind of tooltip", () => {
    const nextId = createIdMaker("tip")
    const cases: [TermNode, string][] = [
      [term('정의 & "따옴표" <태그>', ["첫 문장 <a>", "둘째 & 문장", "셋째"]), ' — 정의 & "따옴표" <태그>'],
      [term("", ["문장만 있다 &"]), ""],
      [term("", []), messages.content.noDefinitionTip],
    ]
    for (const [t, tipText] of cases) {
      // Twice each: the second is printed from what the first kept, with the next tooltip id.
      for (let i = 0; i < 2; i++) {
        const html = renderHast(mention(), { getTerm: () => t, nextId })
        const id = html.match(/id="(tip-\d+)"/)?.[1] ?? ""
        expect(html).toBe(expected(t, tipText, id))
      }
    }
  })

  it("should print an edited term's new definition, not the one printed before", () => {
    const nextId = createIdMaker("tip")
    const before = renderHast(mention(), { getTerm: () => term("옛 정의", []), nextId })
    const after = renderHast(mention(), { getTerm: () => term("새 정의", []), nextId })
    expect(before).toContain("옛 정의")
    expect(after).toContain("새 정의")
    expect(after).not.toContain("옛 정의")
  })

  it("should print a command in prose as hast-util-to-html prints its code and copy button", () => {
    const command = 'kubectl get pods -l "app=<web>" && echo 완료'
    const tree: Root = {
      type: "root",
      children: [el("p", {}, [el("kn-command", {}, [text(command)]), text(" 뒤")])],
    }
    const expected = toHtml(
      el("p", {}, [
        el("span", { className: ["command"] }, [
          el("code", {}, [text(command)]),
          el(
            "button",
            {
              type: "button",
              className: ["copy"],
              dataCopy: command,
              ariaLabel: messages.content.copyLabel(messages.content.commandLabel(command)),
            },
            [el("span", { ariaHidden: "true" }, [text(messages.content.copy)])],
          ),
        ]),
        text(" 뒤"),
      ]),
      { characterReferences: { useNamedReferences: true } },
    )
    for (let i = 0; i < 2; i++)
      expect(
        renderHast(structuredClone(tree), { getTerm: () => undefined, nextId: createIdMaker("tip") }),
      ).toBe(expected)
  })

  it("should leave a mention of an unknown term as its text", () => {
    const html = renderHast(mention(), { getTerm: () => undefined, nextId: createIdMaker("tip") })
    expect(html).toBe("<p>앞 큐블렛 &amp; &lt;i><em>x</em></p>")
  })
})
