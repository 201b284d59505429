import { describe, expect, it } from "vitest"
import { parseGraphLazily } from "../src/source/parse-graph-lazily.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"

type Node = Record<string, unknown> & { id: string }
type Parsed = { nodes: Node[] }

const isLazy = (node: Node) => typeof Object.getOwnPropertyDescriptor(node, "mdast")?.get === "function"
const lazyCount = (graph: Parsed) => graph.nodes.filter(isLazy).length

describe("parseGraphLazily", () => {
  it("should give the same graph as JSON.parse for the packaged notes, with every mdast left lazy", async () => {
    const text = JSON.stringify(await loadPackagedGraph())
    const parsed = parseGraphLazily(Buffer.from(text)) as Parsed
    const withMdast = parsed.nodes.filter((n) => "mdast" in n).length
    expect(withMdast).toBeGreaterThan(1)
    expect(lazyCount(parsed)).toBe(withMdast)
    expect(JSON.stringify(parsed)).toBe(text)
    expect(parsed).toEqual(JSON.parse(text))
  })

  it("should parse a tree only when it is read, then keep it as a plain value", async () => {
    const text = JSON.stringify(await loadPackagedGraph())
    const parsed = parseGraphLazily(Buffer.from(text)) as Parsed
    const topic = parsed.nodes.find((n) => n.kind === "topic") as Node
    const first = topic.mdast
    expect(first).toEqual((JSON.parse(text) as Parsed).nodes.find((n) => n.id === topic.id)?.mdast)
    expect(isLazy(topic)).toBe(false)
    expect(topic.mdast).toBe(first)
    expect(lazyCount(parsed)).toBe(parsed.nodes.filter((n) => "mdast" in n).length - 1)
  })

  it("should cut correctly around quotes, backslashes, braces and look-alike keys inside strings", async () => {
    const graph = await buildFromFiles({
      "tricky.md": [
        "# Tricky",
        "",
        '## 1) Quotes "mdast":{ and } ] [ \\\\" end',
        "",
        'Text with "mdast":{"type":"root"} and a backslash at the end \\\\',
        "",
        "```json",
        '{"mdast":{"a":"}"}, "x":"\\\\"}',
        "```",
        "",
        "## 2) 한국어 제목 { [",
        "",
        '본문 `"mdast":{` 끝',
      ].join("\n"),
    })
    const text = JSON.stringify(graph)
    const parsed = parseGraphLazily(Buffer.from(text)) as Parsed
    expect(lazyCount(parsed)).toBe(parsed.nodes.filter((n) => "mdast" in n).length)
    expect(JSON.stringify(parsed)).toBe(text)
  })

  it("should fall back to a full parse when an mdast key sits somewhere else (front matter)", async () => {
    const graph = await buildFromFiles({
      "fm.md": "---\nmdast:\n  type: root\n---\n# Front matter\n\n## 1) Topic\n\nBody.\n",
    })
    const text = JSON.stringify(graph)
    expect(text).toContain('"frontmatter":{"mdast":{')
    const parsed = parseGraphLazily(Buffer.from(text)) as Parsed
    expect(lazyCount(parsed)).toBe(0)
    expect(parsed).toEqual(JSON.parse(text))
  })

  it("should not mistake a key that ends in an escaped quote and mdast for an mdast key", async () => {
    const graph = await buildFromFiles({
      "fm.md": "---\n'a\"mdast':\n  type: root\n---\n# Front matter\n\n## 1) Topic\n\nBody.\n",
    })
    const text = JSON.stringify(graph)
    expect(text).toContain('"frontmatter":{"a\\"mdast":{')
    const parsed = parseGraphLazily(Buffer.from(text)) as Parsed
    expect(lazyCount(parsed)).toBe(parsed.nodes.filter((n) => "mdast" in n).length)
    expect(JSON.stringify(parsed)).toBe(text)
  })

  it("should read pretty-printed JSON (no cut) and reject a truncated file", async () => {
    const graph = await loadPackagedGraph()
    const pretty = JSON.stringify(graph, null, 2)
    expect(parseGraphLazily(Buffer.from(pretty))).toEqual(JSON.parse(pretty))
    const compact = JSON.stringify(graph)
    expect(() => parseGraphLazily(Buffer.from(compact.slice(0, compact.length / 2)))).toThrow()
  })
})
