import { describe, expect, it } from "vitest"
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
  it("should render a remote image as a link labelled with its alt text and host, never an <img>", async () => {
    const built = await graphOf({
      "a.md":
        "# A\n\n#### 1. 그림\n\n![클러스터 구성도](https://images.example.com/c.png) 와 ![](//cdn.example.org/x.svg)\n",
    })
    const html = await renderTopicsHtml(built)
    expect(html).not.toMatch(/<img/i)
    expect(html).toMatch(
      /<a href="https:\/\/images\.example\.com\/c\.png" rel="nofollow noopener noreferrer">클러스터 구성도 \(images\.example\.com\)<\/a>/,
    )
    expect(html).toContain('class="remote-image"')
    // No alt text: still labelled, with the host.
    expect(html).toContain(">이미지 (cdn.example.org)</a>")
  })

  it("should show an image with an unusable URL as missing, not as a link or an <img>", async () => {
    const html = await renderTopicsHtml(
      await graphOf({ "a.md": "# A\n\n#### 1. x\n\n![x](javascript:alert(7))\n" }),
    )
    expect(html).not.toMatch(/<img|href="javascript/i)
    expect(html).toContain('class="missing-image"')
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
