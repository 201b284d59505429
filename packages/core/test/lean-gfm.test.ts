import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import type { Root } from "mdast"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { type Data, unified } from "unified"
import { visit } from "unist-util-visit"
import { describe, expect, it } from "vitest"
import { parseInChunks } from "../src/analyze/chunked-parse.ts"
import { constructsNeededBy, leanGfm, OPTIONAL_CONSTRUCTS } from "../src/analyze/lean-gfm.ts"
import { parseMarkdown } from "../src/analyze/processor.ts"

/** The parser as published, every autolink construct and the whole-tree transform included. */
const published = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze()
const reference = (text: string): Root => parseInChunks(text, (chunk) => published.parse(chunk))

/**
 * Pieces that start, almost start, or hide autolink literals (any case, behind character
 * references and escapes, inside links, code, tables and footnotes), and Markdown around them.
 */
const PIECES = [
  "www.",
  "WwW.",
  "www",
  "w.",
  "ww.",
  "wwww.",
  "http://",
  "HTTPS://",
  "hTtP://",
  "http:/",
  "https:",
  "httpx://",
  "ftp://",
  "mailto:",
  "MAILTO:",
  "xmpp:",
  "@",
  "@@",
  "a@b.co",
  "x.y@host.example.org",
  "user+tag@ex-ample.com",
  "a@b.c_",
  "a@b-",
  "/res",
  "&#64;",
  "&commat;",
  "&#x40;",
  "\\@",
  "www\\.",
  "&#119;ww.",
  "http&#58;//",
  "&#104;ttps://",
  "&amp;",
  "example.com",
  "a.b",
  "k8s.io",
  "點看.com",
  "_",
  "-",
  ".",
  "+",
  "(",
  ")",
  "[",
  "]",
  "](",
  "[링크](http://a.b)",
  "[www.a.b](x)",
  "<http://a.b>",
  "<a@b.c>",
  "[^1]",
  "\n[^1]: 주석 www.a.b\n",
  "[x]",
  "\n[x]: http://ref.example\n",
  "`",
  "``",
  "*",
  "**",
  "~~",
  "~",
  "|",
  "\n| a | b |\n|---|---|\n| www.c.d | e@f.gh |\n",
  "\n- ",
  "\n1. ",
  "\n> ",
  "\n    ",
  "\n- [ ] ",
  "\n",
  "\n\n",
  " ",
  "\t",
  "쿠버네티스",
  "kubectl",
  "\n```\n",
  "<span>",
  "!",
  "?",
  ",",
  ";",
  "'",
  '"',
  "\n# ",
  // Tables: pipes, alignment colons, and the rows that are not quite delimiter rows.
  "|",
  "\\|",
  ":-",
  "-:",
  ":-:",
  "\n:--",
  "\n--:",
  "\n---",
  "\n-",
  "\n- - -",
  "\n-|-\n",
  "\n| --- |\n",
  ":",
  "--",
]

const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }))
  .map(([frontmatter, pieces]) => (frontmatter ? "---\ntitle: www.a.b\n---\n" : "") + pieces.join(""))

function literalLinks(tree: Root): number {
  let count = 0
  visit(tree, "link", (node) => {
    // A literal's link has no title and shows its own address (mailto: and http:// aside).
    const shown = node.children[0]?.type === "text" ? node.children[0].value : ""
    if (
      node.title === null &&
      node.url.replace(/^(mailto:|http:\/\/)/, "").endsWith(shown.replace(/^mailto:/, ""))
    )
      count++
  })
  return count
}

function count(tree: Root, type: string): number {
  let found = 0
  visit(tree, type, () => {
    found++
  })
  return found
}

describe("GFM's tables and autolink literals only where they can start", () => {
  it("should give the published parser's tree, positions included, for Markdown rich in near-tables and near-literals", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseMarkdown(text)).toStrictEqual(reference(text))
      }),
      { numRuns: 400 },
    )
  })

  it("should generate texts that hold literals and tables, so the property above is not vacuous", () => {
    const texts = fc.sample(markdown, { numRuns: 200, seed: 12 })
    const trees = texts.map(reference)
    expect(trees.filter((tree) => literalLinks(tree) > 0).length).toBeGreaterThan(40)
    expect(trees.filter((tree) => count(tree, "table") > 0).length).toBeGreaterThan(5)
    expect(texts.filter((text) => constructsNeededBy(text).length === 0).length).toBeGreaterThan(10)
  })

  it("should give the same tree for literals only decoding reveals (references, escapes)", () => {
    for (const [text, hidden] of [
      ["보기 a&#64;example.com 끝", "email"],
      ["www\\.example.com 와 &#119;ww.example.org", "www"],
      ["&#104;ttps://example.com/a?b 그리고 http&#58;//x.y", "protocol"],
      ["> - [ ] mailto&#58;me&commat;example.com\n", "email"],
      ["| 표 |\n|---|\n| xmpp:me&#x40;example.com/res |\n", "email"],
    ] as const) {
      expect(constructsNeededBy(text)).not.toContain(hidden)
      const tree = reference(text)
      expect(literalLinks(tree)).toBeGreaterThan(0)
      expect(parseMarkdown(text)).toStrictEqual(tree)
    }
  })

  it("should give the same tree for tables whose only mark is an alignment colon", () => {
    for (const text of ["이름\n:--\n값\n", "a\n--:\n", "> 머리\n> :-:\n"]) {
      expect(constructsNeededBy(text)).toEqual(["table"])
      const tree = reference(text)
      expect(count(tree, "table")).toBe(1)
      expect(parseMarkdown(text)).toStrictEqual(tree)
    }
  })

  it("should name the constructs a raw text can need, in any case", () => {
    expect(constructsNeededBy("쿠버네티스 kubectl get pods - 목록: 끝")).toEqual([])
    expect(constructsNeededBy("a | b")).toEqual(["table"])
    expect(constructsNeededBy("a@b")).toEqual(["email"])
    expect(constructsNeededBy("WWW.x")).toEqual(["www"])
    expect(constructsNeededBy("HTTPS://x http://y")).toEqual(["protocol"])
    expect(constructsNeededBy("https:/x www x")).toEqual([])
  })

  it("should leave out remark-gfm's constructs by the names they have there (else the shortcut is gone)", () => {
    const namesIn = (data: Data) =>
      new Set(
        (data.micromarkExtensions ?? []).flatMap((extension) =>
          [...Object.values(extension.flow ?? {}), ...Object.values(extension.text ?? {})].flatMap((value) =>
            (Array.isArray(value) ? value : [value]).map((construct) => construct?.name),
          ),
        ),
      )
    const lean = (needed: Parameters<typeof leanGfm>[0]) =>
      namesIn(unified().use(remarkParse).use(remarkGfm).use(leanGfm, needed).freeze().data())
    const all = Object.values(OPTIONAL_CONSTRUCTS)
    const published = namesIn(unified().use(remarkParse).use(remarkGfm).freeze().data())
    for (const name of all) expect(published.has(name)).toBe(true)
    const none = lean([])
    for (const name of all) expect(none.has(name)).toBe(false)
    expect(none.has("strikethrough")).toBe(true)
    const some = lean(["www", "table"])
    expect(all.filter((name) => some.has(name))).toEqual(["table", "wwwAutolink"])
  })

  it("should give the same tree for every note in content/ and the robustness fixtures", () => {
    const repo = fileURLToPath(new URL("../../../", import.meta.url))
    const files = [
      ...markdownFiles(join(repo, "content")),
      ...markdownFiles(join(repo, "packages/robustness/fixtures")),
    ]
    expect(files.length).toBeGreaterThan(20)
    const decoder = new TextDecoder()
    for (const file of files) {
      const text = decoder.decode(readFileSync(file))
      expect(parseMarkdown(text), file).toStrictEqual(reference(text))
    }
  })
})

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.slice(dir.length).includes("node_modules"))
}
