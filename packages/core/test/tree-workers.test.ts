import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { analyzeNote } from "../src/analyze/analyze-note.ts"
import type { NoteAnalysis } from "../src/analyze/types.ts"
import { buildGraph } from "../src/pipeline/build-graph.ts"
import type { TreeWorkers } from "../src/pipeline/graph-builder.ts"
import { unpackFragment } from "../src/pipeline/remote-fragments.ts"
import { answerRequest, type HeldAnalysis, type WorkerRequest } from "../src/pipeline/worker-requests.ts"
import { writeGraphOutput } from "../src/pipeline/write-output.ts"
import { createMemorySource } from "../src/source/types.ts"
import { glossary, originalNote, png, withAllBodies } from "./helpers.ts"

/**
 * Tree workers as the pool runs them, in this thread: every other note goes to a "worker"
 * (answerRequest, as analyze-worker.ts calls it) that keeps its trees, and every message
 * crosses a structured clone as postMessage makes it.
 */
function inThreadTreeWorkers(): TreeWorkers & { closed: boolean } {
  const held = new Map<string, HeldAnalysis>()
  const holds = new WeakSet<NoteAnalysis>()
  const ask = (request: WorkerRequest) => structuredClone(answerRequest(held, structuredClone(request)).reply)
  const workers = {
    closed: false,
    async analyzeMany(files: Parameters<TreeWorkers["analyzeMany"]>[0]) {
      return files.map((file, index) => {
        if (index % 2 === 0) return analyzeNote(file)
        const reply = ask({ type: "analyze", id: index, files: [file], keep: true })
        if (!("json" in reply)) throw new Error("expected analyses")
        const [analysis] = JSON.parse(reply.json) as NoteAnalysis[]
        holds.add(analysis as NoteAnalysis)
        return analysis as NoteAnalysis
      })
    },
    holds: (analysis: NoteAnalysis) => holds.has(analysis),
    async buildFragments(
      analyses: readonly NoteAnalysis[],
      context: Parameters<TreeWorkers["buildFragments"]>[1],
    ) {
      const reply = ask({ type: "fragments", id: -1, context, notes: analyses.map(({ path }) => ({ path })) })
      if (!("fragments" in reply)) throw new Error("expected fragments")
      return reply.fragments.map(unpackFragment)
    },
    async close() {
      workers.closed = true
    },
  }
  return workers
}

const files = {
  "kubernetes-intro-install.md": originalNote,
  "images/clusterDiagram.PNG": png,
  "glossary.yaml": glossary,
  "a.md":
    "# A\n\n## 1. 하나\n\n- kubelet : 에이전트\n\n[B](b.md#1-둘) [[kubernetes-intro-install]] [C](c.md)\n",
  "b.md": "# B\n\n## 1. 둘\n\n큐블렛 이야기, [A](a.md#하나), ![x](images/clusterDiagram.PNG)\n",
  "c.md": "# C\n\n파드(Pod)는 컨테이너를 묶는 단위이다.\n\n[없는 노트](missing.md)\n",
  "d/a.md": "# A again\n\n[[A]] and [[b#둘]]\n",
}

const outs: string[] = []
afterEach(() => {
  for (const out of outs.splice(0)) rmSync(out, { recursive: true, force: true })
})

/** Every file a write of `built` leaves, by name (first-screen.json stamps graph.json's mtime: left out). */
async function written(built: Parameters<typeof writeGraphOutput>[1]): Promise<Map<string, string>> {
  const out = mkdtempSync(join(tmpdir(), "kn-tree-workers-"))
  outs.push(out)
  await writeGraphOutput(out, built)
  const all = new Map<string, string>([["graph.json", readFileSync(join(out, "graph.json"), "utf8")]])
  for (const name of readdirSync(join(out, "bodies")))
    all.set(`bodies/${name}`, readFileSync(join(out, "bodies", name), "utf8"))
  return all
}

describe("a build whose workers keep the trees and build those notes' fragments", () => {
  it("gives the same graph, bodies and written files as a build in one thread", async () => {
    const workers = inThreadTreeWorkers()
    const split = await buildGraph(createMemorySource(files), { treeWorkers: workers })
    const whole = await buildGraph(createMemorySource(files))
    expect(withAllBodies(split)).toEqual(withAllBodies(whole))
    expect(split.bodies.getBody("topic:b#1-둘")).toEqual(whole.bodies.getBody("topic:b#1-둘"))
    expect(await written(split)).toEqual(await written(whole))
    expect(workers.closed).toBe(true)
  })

  it("hands the main thread no trees for the notes a worker holds", async () => {
    const workers = inThreadTreeWorkers()
    const source = createMemorySource(files)
    const analyses = await workers.analyzeMany(source.notes)
    const kept = analyses.filter((analysis) => workers.holds(analysis))
    expect(kept.length).toBeGreaterThan(0)
    for (const analysis of kept) {
      expect(analysis.preamble.children).toEqual([])
      expect(analysis.sections.every((section) => section.mdast.children.length === 0)).toBe(true)
    }
  })

  it("builds once: a second build or an update is refused rather than given tree-less notes", async () => {
    const { createGraphBuilder } = await import("../src/pipeline/graph-builder.ts")
    const builder = createGraphBuilder({ treeWorkers: inThreadTreeWorkers() })
    await builder.build(createMemorySource(files))
    await expect(builder.build(createMemorySource(files))).rejects.toThrow("builds once")
    await expect(builder.update({ removed: ["c.md"] })).rejects.toThrow("cannot update")
  })
})
