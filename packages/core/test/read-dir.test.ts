import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { readContentDir } from "../src/source/read-dir.ts"

describe("reading a folder of notes", () => {
  const root = mkdtempSync(join(tmpdir(), "kube-notes-read-dir-"))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("should list the notes depth-first in name order however their reads finish", async () => {
    // More files than reads in flight, the first ones large, so later reads finish first.
    const expected: string[] = []
    for (const folder of ["a", "b/c", "b", ""]) mkdirSync(join(root, folder), { recursive: true })
    const write = (path: string, size: number) => {
      writeFileSync(join(root, path), `# ${path}\n\n${"본문 ".repeat(size)}\n`)
    }
    for (let i = 0; i < 20; i++) write(`a/${String(i).padStart(2, "0")}.md`, i < 3 ? 200_000 : 10)
    write("b/c/deep.md", 10)
    write("b/z.md", 10)
    write("top.md", 10)
    writeFileSync(join(root, "glossary.yaml"), "Kubelet:\n  aliases: [큐블렛]\n")
    writeFileSync(join(root, "b/picture.png"), "not really")
    for (let i = 0; i < 20; i++) expected.push(`a/${String(i).padStart(2, "0")}.md`)
    expected.push("b/c/deep.md", "b/z.md", "top.md")

    const source = await readContentDir(root)

    expect(source.notes.map((note) => note.path)).toEqual(expected)
    // Each note carries its own bytes.
    for (const note of source.notes)
      expect(new TextDecoder().decode(note.bytes).startsWith(`# ${note.path}\n`)).toBe(true)
    expect(source.glossary?.path).toBe("glossary.yaml")
    expect(source.assets).toEqual(["b/picture.png"])
    expect(source.problems).toEqual([])
  })
})
