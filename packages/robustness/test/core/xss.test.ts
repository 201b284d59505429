/**
 * Script injection at the core: the graph is data, so core keeps every vector as the text the
 * author wrote (the web sanitises it). What core must do: build, stay sound, and never turn a
 * `javascript:`, `data:` or `vbscript:` URL into a resource, an asset or a link edge.
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { hostileFiles } from "../../src/hostile-folder.ts"
import { findGraphProblems } from "../../src/invariants.ts"
import { XSS_VECTORS } from "../../src/xss-vectors.ts"
import { nodesOf, noteOf, pick } from "../helpers/graph-helpers.ts"

const all = hostileFiles()
const files = { ...pick(all, "xss/"), "glossary.yaml": all["glossary.yaml"] ?? "" }
const { graph } = await buildGraph(createMemorySource(files))

describe("script injection in the core", () => {
  it("should carry at least 50 vectors from the cheat sheets", () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50)
    expect(new Set(XSS_VECTORS.map((v) => v.name)).size).toBe(XSS_VECTORS.length)
  })

  it("should build every note into a sound graph", () => {
    expect(findGraphProblems(graph, files)).toEqual([])
    for (const path of Object.keys(files).filter((p) => p.endsWith(".md")))
      expect(noteOf(graph, path), path).toBeDefined()
  })

  it("should give each vector its own topic in the paragraphs note", () => {
    const topics = nodesOf(graph, "topic").filter((t) => t.note === "note:xss/paragraphs")
    expect(topics.map((t) => [t.number, t.title])).toEqual(XSS_VECTORS.map((v, i) => [`${i + 1}`, v.name]))
  })

  it("should make resources only of http(s) URLs and never of a script or data URL", () => {
    const urls = nodesOf(graph, "resource").map((r) => r.url)
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^https?:\/\//i)
    expect(urls.filter((url) => /javascript|vbscript|data:/i.test(url))).toEqual([])
  })

  it("should make no asset of a script or data URL", () => {
    expect(nodesOf(graph, "asset")).toEqual([])
  })

  it("should link no topic to anything from a script URL", () => {
    const links = graph.edges.filter((e) => e.kind === "links" || e.kind === "cites" || e.kind === "shows")
    for (const edge of links) expect(edge.to).not.toMatch(/javascript|vbscript|data:/i)
  })

  it("should keep front matter values and the title as the text the author wrote", () => {
    const note = noteOf(graph, "xss/frontmatter.md")
    expect(note?.title).toBe(XSS_VECTORS[0]?.markdown)
    expect(note?.frontmatter.field1).toBe(XSS_VECTORS[0]?.markdown)
  })

  it("should keep glossary definitions as plain text", () => {
    const term = nodesOf(graph, "term").find((t) => t.title === "XssTerm2")
    expect(term?.definition).toBe(XSS_VECTORS[1]?.markdown)
  })
})
