import { describe, expect, it } from "vitest"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
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

  // The new term has an alias pair: a bare Korean word with a definition alone is only a candidate.
  it("should re-mark mentions everywhere when a new term appears in one note", async () => {
    const builder = createGraphBuilder()
    await builder.build(createMemorySource(files))
    const updated = await builder.update({
      changed: [{ path: "a.md", bytes: encoder.encode(`${files["a.md"]}\n- 이야기(Story) : 새 용어\n`) }],
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

/** Four notes: a links to b's heading, c mentions 큐블렛 (a glossary alias), d stands alone. */
const deps = {
  "a.md": "# A\n\n## 1. 하나\n\n[B의 둘](b.md#1-둘) 과 [[B]]\n",
  "b.md": "# B\n\n## 1. 둘\n\nb 본문\n",
  "c.md": "# C\n\n## 1. 셋\n\n큐블렛 이야기와 파드\n\n![그림](img/x.png)\n",
  "d.md": "# D\n\n## 1. 넷\n\n상관없는 글\n",
  "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
}
const noteIds = ["note:a", "note:b", "note:c", "note:d"]

/** Ids of the notes whose fragment the update rebuilt (its bodies are a new object). */
function rebuilt(before: BuiltGraph, after: BuiltGraph): string[] {
  return noteIds.filter((id) => {
    const old = before.bodies.getNoteBodies(id)
    return old === undefined || after.bodies.getNoteBodies(id) !== old
  })
}

async function expectSameAsFresh(updated: BuiltGraph, files: Record<string, string>) {
  expect(withAllBodies(updated)).toEqual(withAllBodies(await buildWithBodies(files)))
}

describe("updates by dependency", () => {
  it("should rebuild only the note whose heading changed and the notes that link to it", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource(deps))
    const edited = { ...deps, "b.md": "# B\n\n## 1. 둘째\n\nb 본문\n" }
    const after = await builder.update({ changed: [{ path: "b.md", bytes: encoder.encode(edited["b.md"]) }] })
    expect(rebuilt(before, after)).toEqual(["note:a", "note:b"])
    expect(after.graph.diagnostics.map((d) => `${d.file} ${d.rule}`)).toContain("a.md broken-link")
    await expectSameAsFresh(after, edited)
  })

  it("should rebuild only the notes whose text holds a new or changed alias", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource(deps))
    // Written as a term is (a bare Korean word alone is a candidate, not a term; docs/extraction.md).
    const edited = { ...deps, "d.md": "# D\n\n## 1. 넷\n\n- 파드(Pod) : 컨테이너 묶음\n" }
    const after = await builder.update({ changed: [{ path: "d.md", bytes: encoder.encode(edited["d.md"]) }] })
    // c says 파드; a and b do not.
    expect(rebuilt(before, after)).toEqual(["note:c", "note:d"])
    expect(JSON.stringify(after.bodies.getBody("topic:c#1-셋"))).toContain('"termId":"term:파드"')
    await expectSameAsFresh(after, edited)
  })

  it("should follow a glossary alias removed: only the notes that said it change", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource(deps))
    const edited = { ...deps, "glossary.yaml": "Kubelet:\n  aliases: []\n" }
    const after = await builder.update({
      glossary: { path: "glossary.yaml", bytes: encoder.encode(edited["glossary.yaml"]) },
    })
    expect(rebuilt(before, after)).toEqual(["note:c"])
    expect(JSON.stringify(after.bodies.getBody("topic:c#1-셋"))).not.toContain("termMention")
    await expectSameAsFresh(after, edited)
  })

  it("should rebuild the notes a new note's title or path answers, and none other", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource({ ...deps, "a.md": "# A\n\n[[E]] 와 [e](e.md)\n" }))
    const files = { ...deps, "a.md": "# A\n\n[[E]] 와 [e](e.md)\n", "e.md": "# E\n\n## 1. 다섯\n\n새 노트\n" }
    const after = await builder.update({ changed: [{ path: "e.md", bytes: encoder.encode(files["e.md"]) }] })
    expect(rebuilt(before, after)).toEqual(["note:a"])
    expect(after.graph.edges).toContainEqual({ from: "note:a", to: "note:e", kind: "links" })
    await expectSameAsFresh(after, files)
  })

  it("should rebuild the notes that linked to a removed note, and none other", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource(deps))
    const after = await builder.update({ removed: ["b.md"] })
    const { "b.md": _gone, ...rest } = deps
    expect(rebuilt(before, after).filter((id) => id !== "note:b")).toEqual(["note:a"])
    expect(after.bodies.getNoteBodies("note:b")).toBeUndefined()
    await expectSameAsFresh(after, rest)
  })

  it("should rebuild only the note that shows an image when it appears", async () => {
    const builder = createGraphBuilder()
    const before = await builder.build(createMemorySource(deps))
    const after = await builder.update({ assets: ["img/x.png"] })
    expect(rebuilt(before, after)).toEqual(["note:c"])
    expect(after.graph.nodes.find((n) => n.id === "asset:img/x.png")).toMatchObject({ exists: true })
    await expectSameAsFresh(after, { ...deps, "img/x.png": "png" })
  })

  it("should reuse every other fragment after a text edit and equal a fresh build after a mixed series", async () => {
    const builder = createGraphBuilder()
    let files: Record<string, string> = { ...deps }
    let last = await builder.build(createMemorySource(files))
    const steps: { change: Parameters<typeof builder.update>[0]; files: Record<string, string> }[] = []
    const edit = (path: string, text: string) => {
      files = { ...files, [path]: text }
      steps.push({ change: { changed: [{ path, bytes: encoder.encode(text) }] }, files })
    }
    edit("d.md", "# D\n\n## 1. 넷\n\n글만 바뀜\n")
    edit("b.md", "# B\n\n## 1. 둘\n\n## 2. 새 절\n\n- kubelet : 노드의 에이전트\n")
    edit("c.md", "# C\n\n## 1. 셋\n\n[[A#하나]] 그리고 Kubelet\n")
    edit("a.md", "# A\n\n## 1. 하나\n\n[B의 새 절](b.md#2-새-절)\n")
    for (const [index, step] of steps.entries()) {
      const next = await builder.update(step.change)
      if (index === 0) expect(rebuilt(last, next)).toEqual(["note:d"])
      await expectSameAsFresh(next, step.files)
      last = next
    }
  })

  it("should hand out the same diagnostics list after an edit that changes no diagnostic", async () => {
    const builder = createGraphBuilder()
    const broken = "# E\n\n## 1. 다섯\n\n[없는 노트](missing.md)\n"
    const first = await builder.build(createMemorySource({ ...deps, "e.md": broken }))
    expect(first.graph.diagnostics.map((d) => d.rule)).toContain("broken-link")
    // The text after the link changes; the broken link and its place stay.
    const edited = `${broken}\n덧붙인 문단\n`
    const same = await builder.update({ changed: [{ path: "e.md", bytes: encoder.encode(edited) }] })
    expect(same.graph.diagnostics).toBe(first.graph.diagnostics)
    await expectSameAsFresh(same, { ...deps, "e.md": edited })
    // A line added above the link moves its diagnostic: a new list, in the fresh build's order.
    const moved = broken.replace("## 1. 다섯\n", "## 1. 다섯\n\n위에 한 줄\n")
    const next = await builder.update({ changed: [{ path: "e.md", bytes: encoder.encode(moved) }] })
    expect(next.graph.diagnostics).not.toBe(same.graph.diagnostics)
    await expectSameAsFresh(next, { ...deps, "e.md": moved })
  })
})
