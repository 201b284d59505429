/**
 * The tree pane's rows (src/tui/tree-rows.ts): a folded row learns whether it has topics
 * without listing them; every row must still be what listing each node's children gives.
 */
import { createGraphQuery, type GraphQuery } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { displayTitle } from "../src/render/node-document.ts"
import { buildTreeRows } from "../src/tui/tree-rows.ts"
import { buildFromFiles, loadPackagedGraph } from "./helpers/graphs.ts"

/** The rows as the tree defines them: each note and topic, with its topic children listed. */
function referenceRows(query: GraphQuery, expanded: ReadonlySet<string>) {
  const rows: { id: string; depth: number; label: string; hasChildren: boolean; expanded: boolean }[] = []
  const visit = (id: string, depth: number) => {
    const node = query.getNode(id)
    if (!node || (node.kind !== "note" && node.kind !== "topic")) return
    const children = query.getChildren(id).filter((c) => c.kind === "topic")
    rows.push({
      id,
      depth,
      label: displayTitle(node),
      hasChildren: children.length > 0,
      expanded: expanded.has(id),
    })
    if (expanded.has(id)) for (const child of children) visit(child.id, depth + 1)
  }
  for (const note of query.listNodes("note")) visit(note.id, 0)
  return rows
}

describe("the tree pane's rows", () => {
  it("should mark folded rows with and without topics as listing their children does", async () => {
    const { graph } = await buildFromFiles({
      "a.md": "# A\n\n## A one\n\n### A one deep\n\n## A two\n",
      "b.md": "Only text, no heading: a note without topics.\n",
      "c.md": "# C\n\nSee [A](a.md).\n",
    })
    const query = createGraphQuery(graph)
    const a = query.listNodes("note").find((n) => n.path === "a.md")
    const aOne = query.listNodes("topic").find((t) => t.title === "A one")
    expect(a && aOne).toBeTruthy()
    for (const expanded of [
      new Set<string>(),
      new Set([a?.id ?? ""]),
      new Set([a?.id ?? "", aOne?.id ?? ""]),
    ]) {
      const rows = buildTreeRows(query, expanded)
      expect(rows).toEqual(referenceRows(query, expanded))
      expect(rows.some((row) => row.hasChildren)).toBe(true)
      expect(rows.some((row) => !row.hasChildren)).toBe(true)
    }
  })

  it("should give the packaged notes' rows, folded and open, as listing children does", async () => {
    const query = createGraphQuery((await loadPackagedGraph()).graph)
    const all = new Set(query.graph.nodes.map((n) => n.id))
    for (const expanded of [new Set<string>(), all])
      expect(buildTreeRows(query, expanded)).toEqual(referenceRows(query, expanded))
  })
})
