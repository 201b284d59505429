import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { analyzeNote } from "../src/analyze/analyze-note.ts"
import { buildGraphFromDir } from "../src/pipeline/build-dir.ts"
import { createDiskCache } from "../src/pipeline/disk-cache.ts"
import { writeGraphOutput } from "../src/pipeline/write-output.ts"

/** Every file under a folder by relative path, as text. */
function folder(path: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(at, entry.name))
      else files[relative(path, join(at, entry.name))] = readFileSync(join(at, entry.name), "utf8")
  }
  if (existsSync(path)) walk(path)
  return files
}

describe("cache writes left to the caller (deferCacheWrites)", () => {
  const root = mkdtempSync(join(tmpdir(), "kube-notes-deferred-"))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const dir = join(root, "notes")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "a.md"), "# A\n\n## 1. 하나\n\n[B](b.md) 와 파드\n")
  writeFileSync(join(dir, "b.md"), "# B\n\n## 1. 하나\n\n- 파드(Pod) : 컨테이너 묶음\n")

  it("should write nothing before saveCache, then the caches a build that saves at once writes", async () => {
    const atOnce = join(root, "cache-at-once")
    const deferred = join(root, "cache-deferred")
    const plain = await buildGraphFromDir(dir, { cache: atOnce, threads: 1 })
    expect(plain.saveCache).toBeUndefined()
    const built = await buildGraphFromDir(dir, { cache: deferred, threads: 1, deferCacheWrites: true })
    expect(folder(deferred)).toEqual({})
    await built.saveCache?.()
    expect(Object.keys(folder(deferred)).some((name) => name.endsWith(".state.json"))).toBe(true)
    expect(folder(deferred)).toEqual(folder(atOnce))
    // An unchanged folder is read back from what was saved: nothing is left to save then.
    const again = await buildGraphFromDir(dir, { cache: deferred, threads: 1, deferCacheWrites: true })
    expect(again.summary).toBeDefined()
    expect(again.saveCache).toBeUndefined()
  })

  it("should go on from a deferred save after an edit, writing what a cold build writes", async () => {
    const cache = join(root, "cache-edit")
    await (await buildGraphFromDir(dir, { cache, threads: 1, deferCacheWrites: true })).saveCache?.()
    writeFileSync(join(dir, "b.md"), "# B\n\n## 1. 둘\n\n- 파드 : 가장 작은 단위\n")
    const warmOut = join(root, "warm-out")
    const coldOut = join(root, "cold-out")
    const rebuilt = await buildGraphFromDir(dir, { cache, threads: 1, deferCacheWrites: true })
    await writeGraphOutput(warmOut, rebuilt)
    await rebuilt.saveCache?.()
    await writeGraphOutput(coldOut, await buildGraphFromDir(dir, { cache: false, threads: 1 }))
    // first-screen.json records graph.json's mtime, which only says when it was written.
    const timeless = (files: Record<string, string>) => ({
      ...files,
      "first-screen.json": JSON.stringify({
        ...JSON.parse(files["first-screen.json"] ?? "{}"),
        graphMtimeMs: 0,
      }),
    })
    expect(timeless(folder(warmOut))).toEqual(timeless(folder(coldOut)))
  })

  it("should serve a held analysis before it is written, and write it on flush", () => {
    const cacheDir = join(root, "analyses")
    const cache = createDiskCache(cacheDir, { defer: true })
    const analysis = analyzeNote({ path: "a.md", bytes: readFileSync(join(dir, "a.md")) })
    cache.set("ab12", analysis)
    expect(cache.get("ab12")).toBe(analysis)
    expect(folder(cacheDir)).toEqual({})
    cache.flush()
    expect(createDiskCache(cacheDir).get("ab12")).toEqual(analysis)
  })
})
