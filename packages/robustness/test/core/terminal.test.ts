/**
 * Terminal injection at the core: escape and control characters are the author's text, kept
 * faithfully in the graph (front ends strip them before a terminal sees them). Core must build
 * every such note, with such file names, into a sound graph.
 */
import { buildGraph, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { hostileFiles } from "../../src/hostile-folder.ts"
import { findGraphProblems } from "../../src/invariants.ts"
import { TERMINAL_VECTORS } from "../../src/terminal-vectors.ts"
import { nodesOf, noteOf, pick } from "../helpers/graph-helpers.ts"

const files = pick(hostileFiles(), "terminal/")
const { graph } = await buildGraph(createMemorySource(files))

describe("terminal injection in the core", () => {
  it("should build notes holding every vector into a sound graph", () => {
    expect(findGraphProblems(graph, files)).toEqual([])
  })

  it("should build each vector's note with its title, topic, term and command", () => {
    for (const [i, vector] of TERMINAL_VECTORS.entries()) {
      const note = noteOf(graph, `terminal/${vector.name}.md`)
      expect(note?.title, vector.name).toBe(`터미널 ${vector.text}`.trim())
      const topics = nodesOf(graph, "topic").filter((t) => t.note === note?.id)
      expect(topics, vector.name).toHaveLength(1)
      expect(nodesOf(graph, "term").some((t) => t.title === `터미널용어${i + 1}`)).toBe(true)
    }
    expect(nodesOf(graph, "command").length).toBeGreaterThan(0)
  })

  it("should build notes whose file names hold escape sequences and bidi overrides", () => {
    const names = Object.keys(files).filter((path) => path.includes("/name-"))
    expect(names).toHaveLength(2)
    for (const path of names) expect(noteOf(graph, path), JSON.stringify(path)).toBeDefined()
  })
})
