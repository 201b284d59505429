import { describe, expect, it } from "vitest"
import { createGraphBuilder } from "../src/pipeline/graph-builder.ts"
import { createMemorySource } from "../src/source/types.ts"
import { bodyJson, buildWithBodies, withAllBodies } from "./helpers.ts"

const encoder = new TextEncoder()
const files = {
  "a.md": "# A\n\n## 1. 하나\n\n- kubelet : 에이전트\n\n[B](b.md#1-둘)\n",
  "b.md": "# B\n\n## 1. 둘\n\n큐블렛 이야기\n",
  "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
}

describe("updating the graph", () => {
  it("should give the same graph after an edit as a full build of the edited files", async () => {
    const builder = createGraphBuilder()
    await builder.build(createMemorySource(files))
    const edited = "# B\n\n## 1. 둘\n\n## 2. 셋\n\n- etcd : 저장소\n"
    const updated = await builder.update({ changed: [{ path: "b.md", bytes: encoder.encode(edited) }] })
    expect(withAllBodies(updated)).toEqual(withAllBodies(await buildWithBodies({ ...files, "b.md": edited })))
  })

  it("should show a note's new text when only its body changed (no heading or term changed)", async () => {
    const builder = createGraphBuilder()
    await builder.build(createMemorySource(files))
    const edited = "# B\n\n## 1. 둘\n\n새로운 본문\n"
    const updated = await builder.update({ changed: [{ path: "b.md", bytes: encoder.encode(edited) }] })
    expect(updated.graph.nodes.find((n) => n.id === "topic:b#1-둘")).toMatchObject({ text: "새로운 본문" })
    expect(bodyJson(updated, "topic:b#1-둘")).toContain("새로운 본문")
    expect(withAllBodies(updated)).toEqual(withAllBodies(await buildWithBodies({ ...files, "b.md": edited })))
  })

  it("should give the same graph after a note is added and another removed", async () => {
    const builder = createGraphBuilder()
    await builder.build(createMemorySource(files))
    const added = "# C\n\n큐블렛과 etcd\n"
    const updated = await builder.update({
      changed: [{ path: "c.md", bytes: encoder.encode(added) }],
      removed: ["b.md"],
    })
    const { "b.md": _removed, ...rest } = files
    expect(withAllBodies(updated)).toEqual(withAllBodies(await buildWithBodies({ ...rest, "c.md": added })))
    expect(updated.graph.diagnostics.map((d) => d.rule)).toEqual(["broken-link"])
  })

  it("should re-mark mentions everywhere when a new term appears in one note", async () => {
    const builder = createGraphBuilder()
    await builder.build(createMemorySource(files))
    const updated = await builder.update({
      changed: [{ path: "a.md", bytes: encoder.encode(`${files["a.md"]}\n- 이야기 : 새 용어\n`) }],
    })
    const b = bodyJson(updated, "topic:b#1-둘")
    expect(b).toContain('"termId":"term:이야기"')
  })

  it("should reuse unchanged notes' analyses from a cache across builders", async () => {
    const store = new Map<string, unknown>()
    let hits = 0
    const cache = {
      get: (hash: string) => {
        const found = store.get(hash)
        if (found) hits++
        return found as never
      },
      set: (hash: string, value: unknown) => void store.set(hash, value),
    }
    const first = await createGraphBuilder({ cache }).build(createMemorySource(files))
    const second = await createGraphBuilder({ cache }).build(createMemorySource(files))
    expect(hits).toBe(2)
    expect(withAllBodies(second)).toEqual(withAllBodies(first))
  })
})
