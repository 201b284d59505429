import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import type { Root } from "mdast"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { visit } from "unist-util-visit"
import { describe, expect, it } from "vitest"
import {
  AUTOLINK_CONSTRUCTS,
  autolinkKindsIn,
  leanAutolinkLiterals,
} from "../src/analyze/autolink-literals.ts"
import { parseInChunks } from "../src/analyze/chunked-parse.ts"
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

describe("autolink literals only where they can start", () => {
  it("should give the published parser's tree, positions included, for Markdown rich in near-literals", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseMarkdown(text)).toStrictEqual(reference(text))
      }),
      { numRuns: 400 },
    )
  })

  it("should generate texts that hold literals, so the property above is not vacuous", () => {
    const texts = fc.sample(markdown, { numRuns: 200, seed: 12 })
    const linked = texts.filter((text) => literalLinks(reference(text)) > 0)
    expect(linked.length).toBeGreaterThan(40)
    expect(texts.filter((text) => autolinkKindsIn(text).length === 0).length).toBeGreaterThan(10)
  })

  it("should give the same tree for literals only decoding reveals (references, escapes)", () => {
    for (const text of [
      "보기 a&#64;example.com 끝",
      "www\\.example.com 와 &#119;ww.example.org",
      "&#104;ttps://example.com/a?b 그리고 http&#58;//x.y",
      "> - [ ] mailto&#58;me&commat;example.com\n",
      "| 표 |\n|---|\n| xmpp:me&#x40;example.com/res |\n",
    ]) {
      expect(autolinkKindsIn(text).length).toBeLessThan(3)
      const tree = reference(text)
      expect(literalLinks(tree)).toBeGreaterThan(0)
      expect(parseMarkdown(text)).toStrictEqual(tree)
    }
  })

  it("should name the constructs a raw text can need, in any case", () => {
    expect(autolinkKindsIn("쿠버네티스 kubectl get pods")).toEqual([])
    expect(autolinkKindsIn("a@b")).toEqual(["email"])
    expect(autolinkKindsIn("WWW.x")).toEqual(["www"])
    expect(autolinkKindsIn("HTTPS://x http://y")).toEqual(["protocol"])
    expect(autolinkKindsIn("https:/x www x")).toEqual([])
  })

  it("should leave remark-gfm's autolink constructs out and guard its transform (else the shortcut is gone)", () => {
    const names = (kinds: Parameters<typeof leanAutolinkLiterals>[0]) => {
      const data = unified().use(remarkParse).use(remarkGfm).use(leanAutolinkLiterals, kinds).freeze().data()
      const constructs = (data.micromarkExtensions ?? []).flatMap((extension) =>
        Object.values(extension.text ?? {}).flatMap((value) => (Array.isArray(value) ? value : [value])),
      )
      return new Set(constructs.map((construct) => construct?.name))
    }
    const all = Object.values(AUTOLINK_CONSTRUCTS)
    const published = unified().use(remarkParse).use(remarkGfm).freeze().data().micromarkExtensions ?? []
    const publishedNames = new Set(
      published.flatMap((extension) =>
        Object.values(extension.text ?? {}).flatMap((value) =>
          (Array.isArray(value) ? value : [value]).map((construct) => construct?.name),
        ),
      ),
    )
    for (const name of all) expect(publishedNames.has(name)).toBe(true)
    const none = names([])
    for (const name of all) expect(none.has(name)).toBe(false)
    const www = names(["www"])
    expect([...all].filter((name) => www.has(name))).toEqual(["wwwAutolink"])
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
