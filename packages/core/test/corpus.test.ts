import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import type { NoteAnalysis } from "../src/analyze/types.ts"
import { buildGraphFromDir } from "../src/pipeline/build-dir.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import type { AnalysisCache } from "../src/pipeline/graph-builder.ts"
import { validateGraph } from "../src/schema/validate.ts"
import { repoRoot, withAllBodies } from "./helpers.ts"

describe("a generated corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "kube-notes-corpus-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("should build 60 generated notes without a crash into a valid graph", async () => {
    execFileSync(process.execPath, [join(repoRoot, "bench/gen-corpus.mjs"), join(dir, "notes"), "60", "7"])
    const { graph } = await buildGraphFromDir(join(dir, "notes"), { cache: false })
    expect(graph.nodes.filter((n) => n.kind === "note")).toHaveLength(60)
    expect(validateGraph(graph)).toEqual([])
    const rules = new Set(graph.diagnostics.map((d) => d.rule))
    // The generator leaves some images missing and some links broken on purpose.
    expect(rules).toEqual(new Set(["missing-asset", "broken-link"]))
    expect(graph.nodes.filter((n) => n.kind === "command").length).toBeGreaterThan(5)
  })

  it("should give the same graph from worker threads and a warm disk cache as from one thread", async () => {
    // The compiled build: workers run dist/build/analyze-worker.js.
    const dist = (await import(
      join(repoRoot, "packages/core/dist/index.js")
    )) as typeof import("../src/index.ts")
    const notes = join(dir, "notes")
    const cacheDir = join(dir, "cache")
    // One thread, a builder that keeps its trees: what every other build is compared with.
    const inThread = await dist.buildGraph(await dist.readContentDir(notes))
    const oneThread = withAllBodies(inThread)
    // The CLI's cold build: a worker, and each note's bodies kept as their file's bytes.
    const cold = await dist.buildGraphFromDir(notes, { cache: false, threads: 2 })
    expect(withAllBodies(cold)).toEqual(oneThread)
    expect(bodyFiles(cold)).toEqual(bodyFiles(inThread))
    // Three cold builds only (the costly part): the parallel one also fills the analysis cache.
    const source = await dist.readContentDir(notes)
    // A cache of the caller's own is given whole analyses, though the workers' hold their
    // trees as bytes: here it hands them on to core's disk cache, which would take either.
    const disk = dist.createDiskCache(cacheDir)
    const given: NoteAnalysis[] = []
    const ownCache: AnalysisCache = {
      get: (hash) => disk.get(hash),
      set(hash, analysis) {
        given.push(analysis)
        disk.set(hash, analysis)
      },
    }
    const builder = dist.createDirBuilder({ threads: 2 }, ownCache)
    const parallel = await builder.build(source)
    expect(given).toHaveLength(60)
    for (const analysis of given) {
      expect(analysis.preamble?.type).toBe("root")
      for (const section of analysis.sections) expect(section.mdast?.type).toBe("root")
    }
    expect(withAllBodies(parallel)).toEqual(oneThread)
    expect(bodyFiles(parallel)).toEqual(bodyFiles(inThread))
    // The workers' analyses hold their trees as bytes: an update that must build every
    // fragment again (a new term all of them may mention) reads them all back.
    const glossary = {
      path: "glossary.yaml",
      bytes: new TextEncoder().encode("Cluster node:\n  aliases: [노드]\n"),
    }
    const updated = await builder.update({ glossary })
    const fresh = await dist.buildGraph({ ...source, glossary })
    const mentioned = new Set(updated.graph.edges.filter((e) => e.kind === "mentions").map((e) => e.to))
    const term = updated.graph.nodes.find((node) => node.kind === "term" && node.title === "Cluster node")
    expect(mentioned.has(term?.id ?? "")).toBe(true)
    expect(withAllBodies(updated)).toEqual(withAllBodies(fresh))
    expect(bodyFiles(updated)).toEqual(bodyFiles(fresh))
    // From the cached analyses alone (no saved graph yet), then from the graph that build saved.
    expect(readdirSync(cacheDir)).not.toContain("graphs")
    expect(withAllBodies(await dist.buildGraphFromDir(notes, { cache: cacheDir, threads: 2 }))).toEqual(
      oneThread,
    )
    const warm = await dist.buildGraphFromDir(notes, { cache: cacheDir, threads: 2 })
    // The saved graph and its bodies, read back.
    expect(withAllBodies(warm)).toEqual(oneThread)
  })
})

/** Every note's bodies file as its text, in graph order. */
function bodyFiles(built: BuiltGraph): (string | undefined)[] {
  return built.graph.nodes
    .filter((node) => node.kind === "note")
    .map((node) => built.bodies.encodeNoteBodies(node.id)?.bytes().toString("utf8"))
}

describe("rebuilding an unchanged folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "kube-notes-warm-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("should reuse the saved graph only while every input is the same", async () => {
    const notes = join(dir, "notes")
    const cache = join(dir, "cache")
    mkdirSync(notes)
    writeFileSync(join(notes, "a.md"), "# A\n\n## 1. 하나\n\n큐블렛\n")
    writeFileSync(join(notes, "glossary.yaml"), "Kubelet:\n  aliases: [큐블렛]\n")
    const first = withAllBodies(await buildGraphFromDir(notes, { cache }))
    // The graph, its notes' body files and the builder's state.
    expect(
      readdirSync(join(cache, "graphs"))
        .map((name) => name.replace(/^[0-9a-f]{40}/, ""))
        .sort(),
    ).toEqual([".bodies", ".json", ".state.json"])
    expect(withAllBodies(await buildGraphFromDir(notes, { cache }))).toEqual(first)
    writeFileSync(join(notes, "glossary.yaml"), "Kubelet:\n  aliases: [큐블렛]\n  definition: 에이전트\n")
    const { graph: changed } = await buildGraphFromDir(notes, { cache })
    expect(changed.nodes.find((n) => n.id === "term:kubelet")).toMatchObject({ definition: "에이전트" })
    writeFileSync(join(notes, "b.md"), "# B\n")
    expect((await buildGraphFromDir(notes, { cache })).graph.nodes.some((n) => n.id === "note:b")).toBe(true)
  })
})
