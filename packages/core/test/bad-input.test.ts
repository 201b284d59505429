import type { Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { validateGraph } from "../src/schema/validate.ts"
import { bodyJson, build, buildWithBodies } from "./helpers.ts"

const good = "# 좋은 노트\n\n#### 1. 개요\n\n- kubelet : 노드 에이전트\n"

function rules(graph: Graph, file: string): string[] {
  return graph.diagnostics.filter((d) => d.file === file).map((d) => `${d.severity} ${d.rule}`)
}

function stillBuildsGood(graph: Graph): void {
  expect(graph.nodes.find((n) => n.id === "note:good")?.title).toBe("좋은 노트")
  expect(graph.nodes.some((n) => n.id === "topic:good#1-개요")).toBe(true)
}

describe("bad input", () => {
  it("should give the same graph for CRLF, BOM and NFD text as for LF, no BOM, NFC", async () => {
    const text =
      "# 쿠버네티스\n\n#### 1. 설치\n\n- 큐블렛 : 노드 에이전트\n\n설치 확인 명령어 : minikube version\n"
    const clean = await build({ "a.md": text })
    const crlf = await build({ "a.md": text.replace(/\n/g, "\r\n") })
    const bom = await build({ "a.md": `\uFEFF${text}` })
    const nfd = await build({ "a.md": text.normalize("NFD") })
    expect(crlf).toEqual(clean)
    expect(bom).toEqual(clean)
    expect(nfd).toEqual(clean)
  })

  it("should give an NFD file name the same NFC id", async () => {
    const graph = await build({ ["설치 노트.md".normalize("NFD")]: "# 설치\n" })
    const note = graph.nodes.find((n) => n.kind === "note")
    expect(note?.id).toBe("note:설치 노트")
    expect(note?.id).toBe(note?.id.normalize("NFC"))
  })

  it("should report malformed front matter at its line and still build the note and the others", async () => {
    const graph = await build({
      "bad.md": "---\ntitle: [unclosed\n---\n# 본문\n\n#### 1. 내용\n",
      "good.md": good,
    })
    const [diagnostic] = graph.diagnostics.filter((d) => d.file === "bad.md")
    expect(diagnostic).toMatchObject({ rule: "malformed-frontmatter", severity: "error", line: 2 })
    expect(diagnostic?.message).toMatch(/Fix the YAML/)
    expect(graph.nodes.find((n) => n.id === "note:bad")?.title).toBe("본문")
    stillBuildsGood(graph)
  })

  it("should place a front matter error inside its own line when the YAML spans blank lines", async () => {
    // A paste of Markdown between --- fences: yaml's own line counter put the error of the last
    // list item ("- kubelet : ", line 11) on line 8, an empty line, at column 13.
    const note = [
      "---",
      "```",
      "kubectl get pods",
      "PS> minikube start",
      "설치 확인 명령어 : minikube version",
      "![kubelet](https://kubernetes.io/docs)",
      "```",
      "",
      "- kubelet : ",
      "",
      "- kubelet : ",
      " ---",
      "",
      "```",
      "kubectl get pods",
      "---",
      "```",
    ].join("\n")
    const graph = await build({ "a.md": note })
    const lines = note.split("\n")
    const errors = graph.diagnostics.filter((d) => d.rule === "malformed-frontmatter")
    expect(errors.length).toBeGreaterThan(0)
    for (const d of errors)
      expect(d.column, `${d.line}:${d.column}`).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? -1) + 1)
    expect(errors.map((d) => d.line)).toContain(11)
  })

  it("should report duplicate keys in front matter", async () => {
    const graph = await build({ "dup.md": "---\ntitle: a\ntitle: b\n---\n# x\n" })
    expect(rules(graph, "dup.md")).toEqual(["error malformed-frontmatter"])
  })

  it("should report a missing image with its place and keep the asset marked missing", async () => {
    const graph = await build({
      "a.md": "# a\n\n#### 1. 그림\n\n![diagram](images/none.png)\n",
      "good.md": good,
    })
    expect(graph.diagnostics.find((d) => d.file === "a.md")).toMatchObject({
      rule: "missing-asset",
      severity: "warning",
      line: 5,
      column: 1,
    })
    expect(graph.nodes.find((n) => n.kind === "asset")).toMatchObject({
      path: "images/none.png",
      exists: false,
    })
    stillBuildsGood(graph)
  })

  it("should report a broken link and link the notes that exist", async () => {
    const graph = await build({
      "a.md": "# a\n\n#### 1. 링크\n\n[있음](good.md) [없음](gone.md) [[좋은 노트]] [[없는 노트]]\n",
      "good.md": good,
    })
    expect(rules(graph, "a.md")).toEqual(["warning broken-link", "warning broken-link"])
    const links = graph.edges.filter((e) => e.kind === "links").map((e) => e.to)
    expect(links).toEqual(["note:good"])
    stillBuildsGood(graph)
  })

  it("should skip a binary file with an error and build the rest", async () => {
    const graph = await build({
      "blob.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      "good.md": good,
    })
    expect(rules(graph, "blob.md")).toEqual(["error binary-file"])
    expect(graph.nodes.some((n) => n.id === "note:blob")).toBe(false)
    stillBuildsGood(graph)
  })

  it("should report a file that is not UTF-8 where the first bad byte is, and keep its readable text", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("# 제목\n\n본문 "), 0xff, 0xfe, 0x41, 0x0a])
    const graph = await build({ "latin.md": bytes, "good.md": good })
    expect(graph.diagnostics.find((d) => d.file === "latin.md")).toMatchObject({
      rule: "not-utf8",
      severity: "error",
      line: 3,
      column: 4,
    })
    expect(graph.nodes.find((n) => n.id === "note:latin")?.title).toBe("제목")
    stillBuildsGood(graph)
  })

  it("should warn about an empty file and a note that is only front matter", async () => {
    const graph = await build({ "empty.md": "", "only-fm.md": "---\ntitle: 제목만\n---\n", "good.md": good })
    expect(rules(graph, "empty.md")).toEqual(["warning empty-note"])
    expect(rules(graph, "only-fm.md")).toEqual(["warning empty-note"])
    expect(graph.nodes.find((n) => n.id === "note:only-fm")?.title).toBe("제목만")
    stillBuildsGood(graph)
  })

  it("should warn about gaps in heading numbering", async () => {
    const graph = await build({
      "gap.md": "# g\n\n## 1. a\n\n## 1-1) b\n\n## 1-3) c\n\n## 3. d\n\n## 4-1) e\n",
    })
    const messages = graph.diagnostics
      .filter((d) => d.rule === "numbering-gap")
      .map((d) => `${d.line}: ${d.message}`)
    expect(messages).toHaveLength(3)
    expect(messages[0]).toMatch(/^7: Heading 1-3 follows 1-1; 1-2 is missing/)
    expect(messages[1]).toMatch(/^9: Heading 3 follows 1; 2 is missing/)
    expect(messages[2]).toMatch(/^11: Heading 4-1 has no heading 4/)
  })

  it("should give notes whose names differ only in case distinct ids and say so", async () => {
    const graph = await build({ "Note.md": "# A\n", "note.md": "# B\n" })
    const ids = graph.nodes.filter((n) => n.kind === "note").map((n) => n.id)
    expect(new Set(ids).size).toBe(2)
    expect(graph.diagnostics.map((d) => d.rule)).toContain("duplicate-id")
  })

  it("should give headings that collide after slugging distinct anchors, and say so", async () => {
    const graph = await build({ "h.md": "# h\n\n## 설치!\n\n## 설치?\n" })
    const slugs = graph.nodes.flatMap((n) => (n.kind === "topic" ? [n.slug] : []))
    expect(slugs).toEqual(["설치", "설치-1"])
    expect(graph.diagnostics.find((d) => d.rule === "duplicate-heading")?.line).toBe(5)
  })

  it("should refuse image and link paths that leave the content folder", async () => {
    const graph = await build({
      "a.md":
        "# a\n\n![x](../../etc/passwd.png) ![y](/etc/x.png) ![z](file:///etc/x.png) [n](../outside.md) ![e](%2e%2e/%2e%2e/x.png)\n",
    })
    expect(graph.nodes.filter((n) => n.kind === "asset")).toEqual([])
    expect(graph.diagnostics.filter((d) => d.rule === "unsafe-path").length).toBeGreaterThanOrEqual(4)
  })

  it("should make no asset of an image whose decoded path hides a scheme behind a newline or tab", async () => {
    // Browsers drop tabs and newlines from URLs: `java%0ascript:` reads as `javascript:`.
    const graph = await build({
      "a.md": "# a\n\n![x](java%0ascript:alert(1)) ![y](java%09script:alert(2)) ![z](images/a%0d.png)\n",
    })
    expect(graph.nodes.filter((n) => n.kind === "asset")).toEqual([])
    expect(graph.diagnostics.filter((d) => d.rule === "unsafe-path")).toHaveLength(3)
  })
})

describe("deeply nested notes", () => {
  it.each([
    ["a list 1,000 deep", `${"- ".repeat(1000)}x\n`, "nested-too-deep"],
    ["a quote 2,000 deep", `${">".repeat(2000)} x\n`, "nested-too-deep"],
    ["a list 10,000 deep", `${"- ".repeat(10000)}x\n`, "nested-too-deep"],
    ["an ordered list 10,000 deep", `${"1. ".repeat(10000)}x\n`, "nested-too-deep"],
    ["a quote 10,000 deep", `${">".repeat(10000)} x\n`, "nested-too-deep"],
  ])("should keep %s as text with a diagnostic, and build the other notes", async (_name, body, rule) => {
    const graph = await build({ "deep.md": `# 깊은 노트\n\n${body}`, "good.md": good })
    expect(graph.diagnostics.filter((d) => d.file === "deep.md").map((d) => d.rule)).toEqual([rule])
    expect(graph.diagnostics.find((d) => d.file === "deep.md")?.line).toBe(3)
    expect(JSON.stringify(graph.nodes.find((n) => n.id === "note:deep"))).toContain("x")
    stillBuildsGood(graph)
    expect(validateGraph(graph)).toEqual([])
  })
})

describe("headings whose anchors collide", () => {
  it("should report a heading written as an anchor an earlier duplicate was given", async () => {
    const graph = await build({ "c.md": "# 충돌\n\n## 설치!\n\n## 설치?\n\n## 설치-1\n" })
    const reported = graph.diagnostics.filter((d) => d.rule === "duplicate-heading")
    expect(reported.map((d) => d.line)).toEqual([5, 7])
    expect(reported[1]?.message).toMatch(/#설치-1\) as the heading at line 5; it was given #설치-1-1/)
  })
})

describe("links out of the folder", () => {
  it("should report links to files outside the folder, whatever they point at", async () => {
    const graph = await build({
      "l.md":
        "# l\n\n[a](<../../../../etc/passwd>)\n\n[b](/etc/passwd)\n\n[c](file:///etc/passwd)\n\n[ok](images/x.png)\n",
    })
    expect(graph.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
      "3 unsafe-path",
      "5 unsafe-path",
      "7 unsafe-path",
    ])
    expect(graph.edges.filter((e) => e.kind === "links")).toEqual([])
  })
})

describe("a list nested by indentation", () => {
  it("should cut indentation past 256 columns with a diagnostic and keep the text", async () => {
    // 200 levels: the cut comes at level 129 (258 columns), so 71 lines are past it. Deeper costs
    // seconds and checks nothing more (robustness builds 500 levels, the bench times it).
    const lines = Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- 단계 ${i}`).join("\n")
    const graph = await build({ "indent.md": `# 들여쓰기\n\n${lines}\n`, "good.md": good })
    const [diagnostic] = graph.diagnostics.filter((d) => d.file === "indent.md")
    expect(diagnostic).toMatchObject({ rule: "nested-too-deep", line: 3 + 129 })
    expect(JSON.stringify(graph.nodes.find((n) => n.id === "note:indent"))).toContain("단계 199")
    stillBuildsGood(graph)
  })
})

describe("code that looks deeply nested", () => {
  it("should keep a fence's lines byte for byte, however many markers they hold", async () => {
    const code = `${"- ".repeat(100)}x\n${" ".repeat(300)}y`
    const built = await buildWithBodies({ "code.md": `# 코드\n\n\`\`\`text\n${code}\n\`\`\`\n` })
    expect(built.graph.diagnostics).toEqual([])
    expect(bodyJson(built, "note:code")).toContain(JSON.stringify(code).slice(1, -1))
  })
})
