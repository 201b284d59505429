/**
 * Paths that try to leave the content folder: as images and links in a note (memory source)
 * and as symlinks on disk (out of the folder, to a secret, loops, dangling). Each is refused
 * with `unsafe-path` and nothing outside is ever read.
 */
import { join } from "node:path"
import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { SYMLINKS, writeHostileFolder } from "../../src/hostile-folder.ts"
import { findUnsafeTargets } from "../../src/invariants.ts"
import { pathNote, UNSAFE_TARGETS } from "../../src/path-vectors.ts"
import { nodesOf, noteOf, withBodies } from "../helpers/graph-helpers.ts"
import { makeTempDir } from "../helpers/temp-dir.ts"

describe("paths in notes", async () => {
  const { graph } = await buildGraph(
    createMemorySource({ "paths/escapes.md": pathNote(), "images/ok.png": "x" }),
  )
  const unsafe = graph.diagnostics.filter((d) => d.rule === "unsafe-path")

  it("should refuse every image path that leaves the folder, at its line", () => {
    const lines = UNSAFE_TARGETS.map((_, i) => 5 + 6 * i)
    expect(unsafe.filter((d) => lines.includes(d.line)).map((d) => d.line)).toEqual(lines)
  })

  it("should make no asset, resource or link edge of them", () => {
    expect(nodesOf(graph, "asset")).toEqual([])
    expect(findUnsafeTargets(graph)).toEqual([])
    expect(graph.edges.filter((e) => e.kind === "links" || e.kind === "shows")).toEqual([])
  })

  it("should refuse every relative note link that leaves the folder", () => {
    const relative = UNSAFE_TARGETS.map((t, i) => ({ t, line: 7 + 6 * i })).filter(
      ({ t }) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith("//"),
    )
    expect(unsafe.filter((d) => relative.some((r) => r.line === d.line)).map((d) => d.line)).toEqual(
      relative.map((r) => r.line),
    )
  })
})

describe("symlinks on disk", async () => {
  const base = await makeTempDir("paths")
  const root = join(base, "content")
  await writeHostileFolder(root, join(base, "outside"))
  const built = await buildGraphFromDir(root, { cache: false, threads: 1 })
  const { graph } = built

  it("should refuse every symlink that points out of the folder, loops or dangles", () => {
    const refused = graph.diagnostics.filter((d) => d.rule === "unsafe-path" && d.file.startsWith("links/"))
    const expected = SYMLINKS.filter((l) => l.path !== "links/inside.md" && l.path !== "links/loop")
    expect(refused.map((d) => d.file).sort()).toEqual(expected.map((l) => l.path).sort())
  })

  it("should never read the secret beside the folder or /etc", () => {
    const text = JSON.stringify(withBodies(built))
    expect(text).not.toContain("SECRET outside")
    expect(text).not.toContain("root:x:0:0")
  })

  it("should follow a symlink that stays inside, and walk a loop back to the root only once", () => {
    expect(noteOf(graph, "links/inside.md")?.title).toBe("좋은 노트")
    expect(graph.nodes.filter((n) => n.kind === "note" && n.path.startsWith("links/loop/"))).toEqual([])
  })
})
