/**
 * The package as an importer gets it: `pnpm pack`, `npm install <tarball>` into a fresh project
 * outside the workspace, then plain Node ESM and TypeScript (node16 and bundler resolution).
 */
import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { resolvePackageBin } from "./helpers/bin.ts"
import { createConsumerProject } from "./helpers/consumer-project.ts"
import { type PackedContent, packContent } from "./helpers/pack.ts"
import { describeRun, type RunResult, run } from "./helpers/run.ts"

/** What an importer's node_modules may hold: the package and the mdast types its .d.ts names. */
const ALLOWED_INSTALLED = ["@kube-notes/content", "@types/mdast", "@types/unist"]
/** Parsing and rendering libraries that must stay out of the importer's bundle. */
const FORBIDDEN = /\b(unified|remark[\w-]*|micromark[\w-]*|mdast-util-[\w-]+|react(-dom)?)\b/

let packed: PackedContent
let project: string
/** The importer's runs: one `node consumer.mjs`, and tsc under each resolution mode. */
let consumer: Promise<RunResult>
let typechecks: Record<string, Promise<RunResult>>

beforeAll(async () => {
  packed = await packContent()
  project = (await createConsumerProject(join(packed.dir, "consumer"), packed.tarball)).dir
  // Independent child processes, started together; each test awaits the run it reads. The
  // consumer script prints everything the first two tests check, so it runs once.
  consumer = run(process.execPath, ["consumer.mjs"], { cwd: project })
  const tsc = resolvePackageBin("typescript", "tsc")
  typechecks = Object.fromEntries(
    ["node16", "bundler"].map((mode) => [
      mode,
      run(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`], { cwd: project }),
    ]),
  )
})

afterAll(async () => {
  await Promise.all([consumer, ...Object.values(typechecks ?? {})])
  await packed?.dispose()
})

async function listInstalled(nodeModules: string): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue
    if (entry.name.startsWith("@")) {
      for (const scoped of await readdir(join(nodeModules, entry.name))) names.push(`${entry.name}/${scoped}`)
    } else names.push(entry.name)
  }
  return names.sort()
}

describe("the packed @kube-notes/content", () => {
  it("should import from plain Node ESM: openContent, a term by alias, the graph.json export", async () => {
    const result = await consumer
    expect(result.code, describeRun(result)).toBe(0)
    const found = JSON.parse(result.stdout) as {
      kubelet?: { id: string; title: string; aliases: string[] }
      schemaVersion: number
      nodes: number
      sameGraph: boolean
      topics: (string | null)[]
      topicBody: string | null
      topicText: string
      noteBodies: number
      fetchedSame: boolean
      fetchedMissing: null
    }
    expect(found.kubelet).toMatchObject({ title: "Kubelet" })
    expect(found.kubelet?.aliases).toContain("큐블렛")
    expect(found.schemaVersion).toBe(2)
    expect(found.nodes).toBeGreaterThan(0)
    expect(found.sameGraph).toBe(true)
    expect(found.topics).toEqual(expect.arrayContaining(["1", "1-1", "1-2", "2", "2-1"]))
  })

  it("should read bodies apart from the graph: sync in Node, async through a fetcher", async () => {
    const result = await consumer
    expect(result.code, describeRun(result)).toBe(0)
    const found = JSON.parse(result.stdout)
    expect(found.topicBody).toBe("root")
    expect(found.topicText).toContain("큐블렛")
    expect(found.noteBodies).toBeGreaterThan(5)
    expect(found.fetchedSame).toBe(true)
    expect(found.fetchedMissing).toBeNull()
  })

  it.each(["node16", "bundler"])("should typecheck an importer with moduleResolution %s", async (mode) => {
    const result = (await typechecks[mode]) as RunResult
    expect(result.code, describeRun(result)).toBe(0)
  })

  it("should install nothing but the package and the mdast types", async () => {
    const installed = await listInstalled(join(project, "node_modules"))
    expect(installed.filter((name) => !ALLOWED_INSTALLED.includes(name))).toEqual([])
    expect(installed).toContain("@kube-notes/content")
  })

  it("should bundle no unified, remark or React code into dist/index.js", async () => {
    const bundle = await readFile(join(project, "node_modules/@kube-notes/content/dist/index.js"), "utf8")
    expect(bundle).not.toMatch(FORBIDDEN)
    const imports = [...bundle.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1])
    expect(imports.filter((spec) => !spec?.startsWith("node:"))).toEqual([])
  })
})
