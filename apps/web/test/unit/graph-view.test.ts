import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { buildGraphView, buildGraphViewWithLayout } from "../../scripts/lib/graph-view.mjs"
import { layoutGraph } from "../../scripts/lib/layout-graph.mjs"
import { fitTransform, hitTest, zoomAt } from "../../src/lib/graph-view/geometry.ts"
import { graphOf } from "./helpers.ts"

describe("the graph view data", () => {
  it("should hold notes, topics and terms with finite positions, the same on every build", async () => {
    const { graph } = await graphOf({
      "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
      "a.md": "# A\n\n#### 1. 하나\n\n큐블렛\n\n#### 1-1) 둘\n\nKubelet\n",
    })
    const first = buildGraphView(graph)
    expect(first.nodes.map((node) => node.kind).sort()).toEqual(["note", "term", "topic", "topic"])
    expect(first.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true)
    expect(first.edges.length).toBeGreaterThanOrEqual(3)
    expect(buildGraphView(graph)).toEqual(first)
  })

  it("should reuse the previous layout only when the nodes and links it was made from are the same", async () => {
    const notes = {
      "a.md": "# A\n\n#### 1. 하나\n\n본문\n\n#### 2. 둘\n\n[하나](#1-하나)\n",
      "b.md": "# B\n\n#### 1. 셋\n\n[A](a.md)\n",
    }
    const first = buildGraphViewWithLayout((await graphOf(notes)).graph)
    // Kept positions stand out: a layout run again would not put every node at 7.
    const kept = { key: first.layout.key, positions: first.layout.positions.map(() => 7) }
    const edited = await graphOf({ ...notes, "a.md": `${notes["a.md"]}\n덧붙인 문장.\n` })
    const reused = buildGraphViewWithLayout(edited.graph, kept)
    expect(reused.layout.key).toBe(first.layout.key)
    expect(reused.view.nodes.every((node) => node.x === 7 && node.y === 7)).toBe(true)
    const relinked = await graphOf({ ...notes, "b.md": "# B\n\n#### 1. 셋\n\n링크 없음\n" })
    const fresh = buildGraphViewWithLayout(relinked.graph, kept)
    expect(fresh.layout.key).not.toBe(first.layout.key)
    expect(fresh.view).toEqual(buildGraphView(relinked.graph))
    expect(fresh.view.nodes.some((node) => node.x !== 7)).toBe(true)
  })

  it("should lay out no nodes as nothing and keep unlinked nodes in one place apart", () => {
    expect(layoutGraph(0, [])).toHaveLength(0)
    // Three nodes, two linked: the grid holds every node, so each pair is pushed apart.
    const pos = layoutGraph(3, [[0, 1]])
    const at = (i: number) => pos[i] ?? Number.NaN
    const apart = (a: number, b: number) => Math.hypot(at(a * 2) - at(b * 2), at(a * 2 + 1) - at(b * 2 + 1))
    expect([...pos].every(Number.isFinite)).toBe(true)
    expect(Math.min(apart(0, 1), apart(0, 2), apart(1, 2))).toBeGreaterThan(10)
  })

  it("should place every node where the reference layout did, bit for bit (a faster loop must not move one)", () => {
    // Hashes of the positions the layout of main at c0859c5 gave for these graphs: a ring with
    // a hub and unlinked nodes (70 apart), and 300 nodes (30 apart, many per grid cell).
    const digest = (pos: Float64Array) => createHash("sha1").update(new Uint8Array(pos.buffer)).digest("hex")
    const ring: Array<[number, number]> = []
    for (let i = 0; i < 30; i++) ring.push([i, (i + 1) % 30])
    for (let i = 0; i < 30; i += 3) ring.push([30, i])
    expect(digest(layoutGraph(40, ring))).toBe("59e44d18530500bd72329ba4d2fee711f5e3732b")
    const scattered = Array.from({ length: 299 }, (_, i): [number, number] => [i, (i * 7 + 3) % 300]).filter(
      ([a, b]) => a !== b,
    )
    expect(digest(layoutGraph(300, scattered))).toBe("3376b61ad5fb6f4f56df2cc6df3136cb3558de6c")
  })

  it("should find the node under the pointer after fitting and zooming", () => {
    const nodes = [
      { id: "term:a", kind: "term", title: "a", x: 0, y: 0 },
      { id: "term:b", kind: "term", title: "b", x: 100, y: 0 },
    ] as const
    const view = zoomAt(fitTransform(nodes, 400, 300), 2, 200, 150)
    const b = { x: 100 * view.scale + view.x, y: view.y }
    expect(hitTest(nodes, view, b.x, b.y)).toBe(1)
    expect(hitTest(nodes, view, b.x + 200, b.y + 200)).toBe(-1)
  })
})
