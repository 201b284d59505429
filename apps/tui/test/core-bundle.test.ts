/**
 * The built CLI loads core from dist/bundle/core.cjs, whose build starts its analysis worker from
 * analyze-worker.cjs beside it (scripts/core-bundle.mjs). The bundle must build what core's own
 * modules build, on two threads, save builder states they go on from, and the reader's bundle
 * must leave core out (in main.cjs it slowed the first frame).
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const bundleDir = fileURLToPath(new URL("../dist/bundle/", import.meta.url))
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

type DirCore = typeof import("@kube-notes/core/dir")

/** Every file under `dir` by its relative path, but first-screen.json (it records graph.json's mtime). */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const path = join(dir, name)
    if (name === "first-screen.json" || !name.includes(".")) continue
    files[relative(dir, path)] = readFileSync(path, "utf8")
  }
  return files
}

describe("core bundled for the CLI", () => {
  const work = mkdtempSync(join(tmpdir(), "kube-notes-core-bundle-"))
  afterAll(() => rmSync(work, { recursive: true, force: true }))
  const notes = join(work, "notes")
  // 60 notes: over the pool's floor of notes (48), so two named threads start a worker.
  execFileSync(process.execPath, [join(repoRoot, "bench/gen-corpus.mjs"), notes, "60", "11"])

  it("should leave core out of the reader's bundle and require it from core.cjs", () => {
    const main = readFileSync(join(bundleDir, "main.cjs"), "latin1")
    // Through its code cache (run-with-code-cache.ts, loadWithCodeCache).
    expect(main).toMatch(/loadWithCodeCache\([^)]*__dirname, "core\.cjs"\)/)
    // The parser is core's: none of it in the reader's bundle.
    expect(main).not.toContain("micromark")
    expect(readFileSync(join(bundleDir, "core.cjs"), "latin1")).toContain("micromark")
  })

  it("should start its worker from beside itself, and fail the build when that worker is missing", async () => {
    const lone = join(work, "lone")
    mkdirSync(lone)
    copyFileSync(join(bundleDir, "core.cjs"), join(lone, "core.cjs"))
    const core = createRequire(import.meta.url)(join(lone, "core.cjs")) as DirCore
    await expect(core.buildGraphFromDir(notes, { cache: false, threads: 2 })).rejects.toThrow(
      /analyze-worker\.cjs/,
    )
  })

  it("should save a builder state that core's own modules go on from (the same code digest)", async () => {
    const bundled = createRequire(import.meta.url)(join(bundleDir, "core.cjs")) as DirCore
    const modules = (await import(join(repoRoot, "packages/core/dist/dir.js"))) as DirCore
    const codeOf = (cacheDir: string) => {
      const graphs = join(cacheDir, "graphs")
      const state = readdirSync(graphs).find((name) => name.endsWith(".state.json"))
      const text = readFileSync(join(graphs, state ?? "missing"), "utf8")
      return (JSON.parse(text.slice(0, text.indexOf("\n"))) as { code: string }).code
    }
    await bundled.buildGraphFromDir(notes, { cache: join(work, "cache-bundle"), threads: 1 })
    await modules.buildGraphFromDir(notes, { cache: join(work, "cache-modules"), threads: 1 })
    expect(codeOf(join(work, "cache-bundle"))).toMatch(/^[0-9a-f]{40}$/)
    expect(codeOf(join(work, "cache-bundle"))).toBe(codeOf(join(work, "cache-modules")))
  })

  it("should build on two threads what core's own modules build", async () => {
    const bundled = createRequire(import.meta.url)(join(bundleDir, "core.cjs")) as DirCore
    const modules = (await import(join(repoRoot, "packages/core/dist/dir.js"))) as DirCore
    const fromBundle = join(work, "from-bundle")
    const fromModules = join(work, "from-modules")
    await bundled.writeGraphOutput(
      fromBundle,
      await bundled.buildGraphFromDir(notes, { cache: false, threads: 2 }),
    )
    await modules.writeGraphOutput(
      fromModules,
      await modules.buildGraphFromDir(notes, { cache: false, threads: 1 }),
    )
    const files = filesOf(fromBundle)
    expect(Object.keys(files)).toContain("graph.json")
    // A bodies file per note, and their index.
    expect(Object.keys(files).filter((name) => name.startsWith("bodies/"))).toHaveLength(61)
    expect(files).toEqual(filesOf(fromModules))
  })
})
