/**
 * A build in a new process goes on from the last build's saved state (builder-state.ts): its
 * result must be, byte for byte, what a cold build of the same files gives — after text edits,
 * heading and term changes, notes added and removed, assets and the glossary changed — and it
 * must keep the fragments the change did not touch.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { encodeGraph, type NoteBodies } from "@kube-notes/graph"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { buildGraphFromDir } from "../src/pipeline/build-dir.ts"
import { decodeState, encodeState } from "../src/pipeline/builder-state.ts"
import type { BuiltGraph, EncodedBodies } from "../src/pipeline/graph-bodies.ts"
import { createGraphBuilder, type GraphBuilder } from "../src/pipeline/graph-builder.ts"
import { writeGraphOutput } from "../src/pipeline/write-output.ts"
import { createMemorySource } from "../src/source/types.ts"
import { apply, GLOSSARIES, note, PATHS, step } from "./random-changes.ts"

/** The graph as graph.json has it and every note's bodies as their files have them. */
function bytesOf(built: BuiltGraph): string[] {
  const notes = built.graph.nodes.filter((node) => node.kind === "note")
  return [
    JSON.stringify(encodeGraph(built.graph)),
    ...notes.map((node) => `${node.id} ${built.bodies.encodeNoteBodies(node.id)?.bytes().toString("utf8")}`),
  ]
}

/** A builder restored from `from`'s snapshot through its text, with body files kept in memory. */
function restoreFrom(from: GraphBuilder): { builder: GraphBuilder; stored: Set<EncodedBodies> } {
  const snapshot = from.snapshot()
  const files = new Map<string, Buffer>()
  for (const { fragment } of snapshot.entries)
    if (fragment) files.set(fragment.bodies.sha1, fragment.bodies.bytes())
  const stored = new Set<EncodedBodies>()
  const decoded = decodeState(Buffer.concat(encodeState(snapshot)), (sha1) => {
    const bytes = files.get(sha1)
    if (!bytes) return undefined
    const encoded = {
      sha1,
      bytes: () => bytes,
      read: () => JSON.parse(bytes.toString("utf8")) as NoteBodies,
    }
    stored.add(encoded)
    return encoded
  })
  expect(decoded).toBeDefined()
  const builder = createGraphBuilder()
  builder.restore(decoded as NonNullable<typeof decoded>)
  return { builder, stored }
}

describe("a build restored from the last build's state", () => {
  it("should equal a cold build byte for byte through random series of changes", async () => {
    const start = fc.dictionary(fc.constantFrom(...PATHS), note, { minKeys: 1 })
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 5 }), async (initial, steps) => {
        let builder = createGraphBuilder()
        let files: Record<string, string> = { ...initial, "glossary.yaml": GLOSSARIES[1] as string }
        await builder.build(createMemorySource(files))
        for (const s of steps) {
          files = apply(files, s).files
          // A new process each step: the builder comes back from the last one's state.
          builder = restoreFrom(builder).builder
          const restored = await builder.build(createMemorySource(files))
          const cold = await createGraphBuilder().build(createMemorySource(files))
          expect(bytesOf(restored)).toEqual(bytesOf(cold))
        }
      }),
      { numRuns: 40 },
    )
  })

  it("should go on from the state of a build whose folder had no notes left", async () => {
    const glossary = GLOSSARIES[1] as string
    const emptied = createGraphBuilder()
    await emptied.build(createMemorySource({ "glossary.yaml": glossary }))
    const { builder } = restoreFrom(emptied)
    const files = { "a.md": "# A\n\n본문\n", "glossary.yaml": glossary }
    const built = await builder.build(createMemorySource(files))
    expect(bytesOf(built)).toEqual(bytesOf(await createGraphBuilder().build(createMemorySource(files))))
  })

  it("should keep every fragment but the edited note's after a text edit", async () => {
    const files = {
      "a.md": "# A\n\n## 1. 하나\n\n[B의 둘](b.md#2-둘) 과 Kubelet\n",
      "b.md": "# B\n\n## 1. 하나\n\n본문\n\n## 2. 둘\n\n[[A]]\n",
      "c.md": "# C\n\n## 1. 셋\n\n- kubelet : 노드의 에이전트\n",
    }
    const first = createGraphBuilder()
    await first.build(createMemorySource(files))
    const { builder, stored } = restoreFrom(first)
    const edited = { ...files, "b.md": `${files["b.md"]}\n덧붙인 문장.\n` }
    const built = await builder.build(createMemorySource(edited))
    const kept = (id: string) => stored.has(built.bodies.encodeNoteBodies(id) as EncodedBodies)
    expect(["note:a", "note:b", "note:c"].map(kept)).toEqual([true, false, true])
    expect(bytesOf(built)).toEqual(bytesOf(await createGraphBuilder().build(createMemorySource(edited))))
  })
})

describe("buildGraphFromDir after notes changed", () => {
  const root = mkdtempSync(join(tmpdir(), "kube-notes-restored-"))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const dir = join(root, "notes")
  const cache = join(root, "cache")
  const warmOut = join(root, "warm-out")

  /**
   * Every file under a folder, by relative path, as text; first-screen.json without graph.json's
   * mtime, which only says when the file was written.
   */
  const folder = (path: string) => {
    const files: Record<string, string> = {}
    const walk = (at: string) => {
      for (const entry of readdirSync(at, { withFileTypes: true }))
        if (entry.isDirectory()) walk(join(at, entry.name))
        else files[relative(path, join(at, entry.name))] = readFileSync(join(at, entry.name), "utf8")
    }
    walk(path)
    const screen = files["first-screen.json"]
    if (screen) files["first-screen.json"] = JSON.stringify({ ...JSON.parse(screen), graphMtimeMs: 0 })
    return files
  }
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, ".."), { recursive: true })
    writeFileSync(join(dir, name), text)
  }

  it("should write the output a cold build writes, after an edit, an added and a removed note", async () => {
    write("a.md", "# A\n\n## 1. 하나\n\n[B](b.md) 와 [[C#1-셋]] 과 파드\n\n![그림](img/x.png)\n")
    write("b.md", "# B\n\n## 1. 하나\n\n- 파드(Pod) : 컨테이너 묶음\n")
    write("c.md", "# C\n\n## 1. 셋\n\n[없는 곳](d.md)\n")
    write("glossary.yaml", "Kubelet:\n  aliases: [큐블렛]\n")
    const edits = [
      () => write("b.md", "# B\n\n## 1. 하나\n\n- 파드(Pod) : 컨테이너 묶음\n\n덧붙인 문장.\n"),
      () => write("d.md", "# D\n\n## 1. 넷\n\n큐블렛 과 Pod\n"),
      () => rmSync(join(dir, "c.md")),
      () => write("b.md", "# B\n\n## 1. 둘\n\n- 파드 : 가장 작은 단위\n"),
      () => write("img/x.png", "png"),
    ]
    await writeGraphOutput(warmOut, await buildGraphFromDir(dir, { cache, threads: 1 }))
    for (const [i, edit] of edits.entries()) {
      edit()
      await writeGraphOutput(warmOut, await buildGraphFromDir(dir, { cache, threads: 1 }))
      const coldOut = join(root, `cold-out-${i}`)
      await writeGraphOutput(coldOut, await buildGraphFromDir(dir, { cache: false, threads: 1 }))
      expect(folder(warmOut)).toEqual(folder(coldOut))
    }
    expect(readdirSync(join(cache, "graphs")).filter((name) => name.endsWith(".state.json"))).toHaveLength(1)
  })
})
