import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { getCodeFingerprint } from "../../scripts/lib/code-fingerprint.mjs"

/** A site folder with what the fingerprint reads: package.json, src/, scripts/, public/. */
function siteFolder() {
  const dir = mkdtempSync(join(tmpdir(), "kn-fingerprint-"))
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "site", dependencies: { react: "19.2.0" } }),
  )
  const files: [string, string][] = [
    ["src/app/page.tsx", "export default function Page() { return null }"],
    ["scripts/lib/fill-list-pages.mjs", "export const fill = () => 1"],
    ["public/robots.txt", "User-agent: *"],
  ]
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, ".."), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe("the code fingerprint a rebuild compares before it keeps the last export", () => {
  it("should be the same for the same code", () => {
    const dir = siteFolder()
    expect(getCodeFingerprint(dir)).toBe(getCodeFingerprint(dir))
    expect(getCodeFingerprint(dir)).toMatch(/^[0-9a-f]{64}$/)
  })

  it("should change when the scripts that write pages from Next's templates change", () => {
    const dir = siteFolder()
    const before = getCodeFingerprint(dir)
    writeFileSync(join(dir, "scripts/lib/fill-list-pages.mjs"), "export const fill = () => 2")
    expect(getCodeFingerprint(dir)).not.toBe(before)
  })

  it("should change when a page's source or a public file changes", () => {
    const dir = siteFolder()
    const before = getCodeFingerprint(dir)
    writeFileSync(join(dir, "src/app/page.tsx"), "export default function Page() { return 1 }")
    const afterSource = getCodeFingerprint(dir)
    expect(afterSource).not.toBe(before)
    writeFileSync(join(dir, "public/robots.txt"), "User-agent: kube-notes")
    expect(getCodeFingerprint(dir)).not.toBe(afterSource)
  })

  it("should be the same whatever NODE_ENV the caller has, and change with the base path", () => {
    // The browser tests' exports are built under vitest (NODE_ENV=test), the site's without it:
    // scripts/next-build.mjs builds both in production, so both get one build id and one kept Next export.
    const dir = siteFolder()
    // (Next's types make NODE_ENV read-only.)
    const env = process.env as Record<string, string | undefined>
    const saved = { NODE_ENV: env.NODE_ENV, BASE_PATH: env.BASE_PATH }
    const restore = (name: keyof typeof saved) => {
      if (saved[name] === undefined) delete env[name]
      else env[name] = saved[name]
    }
    try {
      delete env.BASE_PATH
      delete env.NODE_ENV
      const unset = getCodeFingerprint(dir)
      env.NODE_ENV = "test"
      expect(getCodeFingerprint(dir)).toBe(unset)
      env.BASE_PATH = "/kube-notes"
      expect(getCodeFingerprint(dir)).not.toBe(unset)
    } finally {
      restore("NODE_ENV")
      restore("BASE_PATH")
    }
  })
})
