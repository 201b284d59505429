import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { decodeGraph, getBodyFileName } from "@kube-notes/graph"
import { afterAll, describe, expect, it } from "vitest"
import { createGraphBuilder } from "../src/pipeline/graph-builder.ts"
import { writeGraphOutput } from "../src/pipeline/write-output.ts"
import { validateGraphFile, validateNoteBodies } from "../src/schema/validate.ts"
import { createMemorySource } from "../src/source/types.ts"

const encoder = new TextEncoder()
const files = {
  "a.md": "# A\n\n앞글\n\n## 1. 하나\n\n큐블렛\n",
  "b.md": "# B\n\n## 1. 둘\n\n본문\n",
  "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
}

describe("writing a built graph to a folder", () => {
  const out = mkdtempSync(join(tmpdir(), "kube-notes-out-"))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  const bodyFiles = () => readdirSync(join(out, "bodies")).filter((name) => name !== "index.json")

  it("should write a valid graph.json and one valid bodies file per note", async () => {
    const builder = createGraphBuilder()
    const built = await builder.build(createMemorySource(files))
    const written = await writeGraphOutput(out, built)
    expect(written).toMatchObject({ graphChanged: true, bodiesWritten: 2, bodiesRemoved: 0 })
    const file = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"))
    expect(validateGraphFile(file)).toEqual([])
    expect(JSON.stringify(file)).not.toContain('"mdast"')
    expect(decodeGraph(file)).toEqual(built.graph)
    // Encoded: every topic a row, edges as numbers (node indexes), not objects repeating ids.
    const topics = built.graph.nodes.filter((n) => n.kind === "topic").length
    expect(file.nodes.filter((n: unknown) => Array.isArray(n))).toHaveLength(topics)
    expect(file.edges.every((n: unknown) => Number.isInteger(n))).toBe(true)
    const a = JSON.parse(readFileSync(join(out, getBodyFileName("note:a")), "utf8"))
    expect(validateNoteBodies(a)).toEqual([])
    expect(Object.keys(a.bodies).sort()).toEqual(["note:a", "topic:a#1-하나"])
    expect(JSON.stringify(a.bodies["topic:a#1-하나"])).toContain('"termId":"term:kubelet"')
  })

  it("should write only the edited note's file, and remove a deleted note's file", async () => {
    const builder = createGraphBuilder()
    await writeGraphOutput(out, await builder.build(createMemorySource(files)))
    const same = await writeGraphOutput(out, await builder.build(createMemorySource(files)))
    expect(same).toMatchObject({ graphChanged: false, bodiesWritten: 0, bodiesRemoved: 0 })
    const edited = await builder.update({
      changed: [{ path: "b.md", bytes: encoder.encode("# B\n\n## 1. 둘\n\n새 본문\n") }],
    })
    expect(await writeGraphOutput(out, edited)).toMatchObject({ bodiesWritten: 1, bodiesRemoved: 0 })
    expect(readFileSync(join(out, getBodyFileName("note:b")), "utf8")).toContain("새 본문")
    const removed = await builder.update({ removed: ["b.md"] })
    expect(await writeGraphOutput(out, removed)).toMatchObject({ bodiesWritten: 0, bodiesRemoved: 1 })
    expect(bodyFiles()).toEqual([getBodyFileName("note:a").slice("bodies/".length)])
  })

  it("should skip the bodies when the source fingerprint is the one last written", async () => {
    const built = await createGraphBuilder().build(createMemorySource(files))
    await writeGraphOutput(out, { ...built, fingerprint: "f1" })
    const reads: string[] = []
    const watched = {
      ...built,
      fingerprint: "f1",
      bodies: {
        ...built.bodies,
        encodeNoteBodies: (id: string) => {
          reads.push(id)
          return built.bodies.encodeNoteBodies(id)
        },
      },
    }
    expect(await writeGraphOutput(out, watched)).toMatchObject({ graphChanged: false, bodiesWritten: 0 })
    expect(reads).toEqual([])
    // Another fingerprint: every note is looked at again, and only what differs is written.
    expect(await writeGraphOutput(out, { ...watched, fingerprint: "f2" })).toMatchObject({ bodiesWritten: 0 })
    expect(reads).toEqual(["note:a", "note:b"])
  })

  it("should write graph.json again over an older writer's output of the same notes", async () => {
    const built = await createGraphBuilder().build(createMemorySource(files))
    await writeGraphOutput(out, { ...built, fingerprint: "f1" })
    // What the writer before the encoding left: the plain graph, recorded for the same fingerprint.
    const plain = JSON.stringify(built.graph)
    writeFileSync(join(out, "graph.json"), plain)
    const index = JSON.parse(readFileSync(join(out, "bodies", "index.json"), "utf8"))
    const { format: _format, ...older } = { ...index, graphBytes: Buffer.byteLength(plain) }
    writeFileSync(join(out, "bodies", "index.json"), JSON.stringify(older))
    expect(await writeGraphOutput(out, { ...built, fingerprint: "f1" })).toMatchObject({ graphChanged: true })
    expect(decodeGraph(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")))).toEqual(built.graph)
  })
})
