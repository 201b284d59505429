/**
 * The CLI's bundle runs through V8's code cache (src/cli/run-with-code-cache.ts): a cache that
 * V8 refuses must cost nothing but the compile, and be written again where the next start
 * finds it; the build's own cache must be one this Node accepts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { loadWithCodeCache, runWithCodeCache } from "../src/cli/run-with-code-cache.ts"

const TAG = `${process.version}-${process.arch}`

/** A small CommonJS "bundle" with a function that has run once its exports are read. */
function fixtureBundle(): { dir: string; bundle: string } {
  const dir = mkdtempSync(join(tmpdir(), "kube-notes-code-cache-"))
  const bundle = join(dir, "main.cjs")
  writeFileSync(
    bundle,
    [
      'const { join } = require("node:path")',
      "function twice(n) { return n * 2 }",
      "exports.main = (argv) => twice(argv.length) + join('a', 'b').length",
      "exports.where = __filename",
    ].join("\n"),
  )
  return { dir, bundle }
}

/** Runs the fixture as the reader would (no sub-command), keeping the cache write it asks for. */
function run(bundle: string, cacheHome: string) {
  const writes: (() => void)[] = []
  const result = runWithCodeCache(bundle, [], { XDG_CACHE_HOME: cacheHome }, (write) => writes.push(write))
  return { ...result, writes }
}

describe("the CLI bundle and its code cache", () => {
  it("should run the bundle without a cache, then write one that the next start accepts", () => {
    const { dir, bundle } = fixtureBundle()
    const first = run(bundle, join(dir, "cache"))
    expect(first.cache).toBe("none")
    expect((first.exports.main as (argv: string[]) => number)(["x"])).toBe(5)
    expect(first.exports.where).toBe(bundle)
    expect(first.writes).toHaveLength(1)
    for (const write of first.writes) write()
    const second = run(bundle, join(dir, "cache"))
    expect(second.cache).toBe("accepted")
    expect((second.exports.main as (argv: string[]) => number)([])).toBe(3)
    // Accepted: nothing to write again.
    expect(second.writes).toHaveLength(0)
  })

  it("should run the bundle when the cache beside it is refused, and write the user's own", () => {
    const { dir, bundle } = fixtureBundle()
    writeFileSync(join(dir, `main.cjs.${TAG}.v8-cache`), "not a V8 code cache at all")
    const first = run(bundle, join(dir, "cache"))
    expect(first.cache).toBe("rejected")
    expect((first.exports.main as (argv: string[]) => number)(["x", "y"])).toBe(7)
    for (const write of first.writes) write()
    expect(readdirSync(join(dir, "cache", "kube-notes", "code-cache"))).toHaveLength(1)
    // The user's copy comes first next time, before the refused one beside the bundle.
    expect(run(bundle, join(dir, "cache")).cache).toBe("accepted")
  })

  it("should neither read nor write a cache with KUBE_NOTES_CODE_CACHE=0", () => {
    const { dir, bundle } = fixtureBundle()
    const env = { XDG_CACHE_HOME: join(dir, "cache"), KUBE_NOTES_CODE_CACHE: "0" }
    const writes: (() => void)[] = []
    const result = runWithCodeCache(bundle, [], env, (write) => writes.push(write))
    expect(result.cache).toBe("none")
    expect(writes).toHaveLength(0)
  })

  it("should write no cache for a sub-command (only the reader's first frame is worth one)", () => {
    const { dir, bundle } = fixtureBundle()
    const writes: (() => void)[] = []
    runWithCodeCache(bundle, ["topics"], { XDG_CACHE_HOME: join(dir, "cache") }, (write) =>
      writes.push(write),
    )
    expect(writes).toHaveLength(0)
  })

  it("should have a cache beside the built bundle that this Node accepts", () => {
    const bundle = fileURLToPath(new URL("../dist/bundle/main.cjs", import.meta.url))
    const home = mkdtempSync(join(tmpdir(), "kube-notes-code-cache-home-"))
    // --version: the bundle's top level only, and no cache of this run written.
    const built = runWithCodeCache(bundle, ["--version"], { XDG_CACHE_HOME: home }, () => {
      throw new Error("a sub-command must not write a cache")
    })
    expect(built.cache).toBe("accepted")
    expect(typeof built.exports.main).toBe("function")
  })

  it("should have a cache beside the built core bundle that this Node accepts", () => {
    const core = fileURLToPath(new URL("../dist/bundle/core.cjs", import.meta.url))
    const loaded = loadWithCodeCache(core, {})
    expect(loaded.cache).toBe("accepted")
    expect(typeof loaded.exports.buildGraphFromDir).toBe("function")
  })

  it("should load a bundle beside the CLI's through the cache the build wrote beside it", () => {
    const { dir, bundle } = fixtureBundle()
    const beside = `${bundle}.${TAG}.v8-cache`
    const writes: (() => void)[] = []
    // No cache yet, and none written unless the build asks for one.
    expect(loadWithCodeCache(bundle, {}, (write) => writes.push(write)).cache).toBe("none")
    expect(writes).toHaveLength(0)
    // The build's cache step: this run's cache, written beside the bundle at exit.
    const first = loadWithCodeCache(bundle, { KUBE_NOTES_WRITE_CORE_CODE_CACHE: beside }, (write) =>
      writes.push(write),
    )
    expect(first.cache).toBe("none")
    expect((first.exports.main as (argv: string[]) => number)(["a"])).toBe(5)
    for (const write of writes) write()
    expect(readdirSync(dir).sort()).toEqual(["main.cjs", basename(beside)])
    const second = loadWithCodeCache(bundle, {})
    expect(second.cache).toBe("accepted")
    expect((second.exports.main as (argv: string[]) => number)(["a", "b"])).toBe(7)
    expect(loadWithCodeCache(bundle, { KUBE_NOTES_CODE_CACHE: "0" }).cache).toBe("none")
  })

  it("should read a bundle with non-ASCII text as UTF-8, and an ASCII one as the same text", () => {
    const dir = mkdtempSync(join(tmpdir(), "kube-notes-code-cache-"))
    const korean = join(dir, "korean.cjs")
    writeFileSync(korean, 'exports.word = "쿠버네티스"; exports.length = "쿠버네티스".length')
    const read = runWithCodeCache(korean, ["topics"], { KUBE_NOTES_CODE_CACHE: "0" }).exports
    expect(read).toEqual({ word: "쿠버네티스", length: 5 })
    const ascii = join(dir, "ascii.cjs")
    writeFileSync(ascii, 'exports.word = "\\uCFE0\\uBC84 pods"')
    expect(runWithCodeCache(ascii, ["topics"], { KUBE_NOTES_CODE_CACHE: "0" }).exports).toEqual({
      word: "쿠버 pods",
    })
  })

  it("should be given an ASCII-only bundle (V8 holds and scans it as one-byte text)", () => {
    const bundle = fileURLToPath(new URL("../dist/bundle/main.cjs", import.meta.url))
    expect(readFileSync(bundle, "latin1").match(/[^\0-\x7f]+/g)).toBeNull()
  })
})
