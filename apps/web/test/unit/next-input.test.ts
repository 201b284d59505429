import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { buildFingerprints } from "../../scripts/lib/next-input.mjs"
import { graphOf } from "./helpers.ts"

const dataDir = mkdtempSync(join(tmpdir(), "kube-notes-next-input-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
writeFileSync(
  join(dataDir, "source.json"),
  JSON.stringify({ label: "/home/me/notes/", remoteImages: "link" }),
)
writeFileSync(join(dataDir, "assets.json"), "[]")
writeFileSync(join(dataDir, "deck-counts.json"), JSON.stringify({ total: 1, perScope: {} }))

const fingerprintsOf = async (files: Record<string, string>) =>
  buildFingerprints("code", dataDir, (await graphOf(files)).graph)

describe("the fingerprints of a build (next-input.mjs)", () => {
  it("gives Next only the site's one setting, no notes", async () => {
    const { dir } = await fingerprintsOf({ "a.md": "# 파드\n\n파드는 작은 단위다.\n" })
    expect(JSON.parse(readFileSync(join(dir, "source.json"), "utf8"))).toEqual({ remoteImages: "link" })
    expect(() => readFileSync(join(dir, "graph.json"))).toThrow()
  })

  it("keeps Next's fingerprint (the shell's) for other notes, and changes the export's with a title", async () => {
    const before = await fingerprintsOf({ "a.md": "# 파드\n\n파드는 작은 단위다.\n" })
    const text = await fingerprintsOf({ "a.md": "# 파드\n\n파드는 작은 단위다.\n\n또 하나의 문장.\n" })
    const title = await fingerprintsOf({ "a.md": "# 파드와 컨테이너\n\n파드는 작은 단위다.\n" })
    const other = await fingerprintsOf({ "b.md": "# 서비스\n\n## 1. 종류\n\nClusterIP\n" })
    // A text edit: nothing the pages outside the note pages read.
    expect(text.export).toBe(before.export)
    expect(title.export).not.toBe(before.export)
    for (const fingerprints of [text, title, other]) expect(fingerprints.shell).toBe(before.shell)
  })

  it("changes Next's fingerprint with the setting and the code", async () => {
    const files = { "a.md": "# 파드\n" }
    const before = await fingerprintsOf(files)
    writeFileSync(join(dataDir, "source.json"), JSON.stringify({ label: "x", remoteImages: "show" }))
    const setting = await fingerprintsOf(files)
    writeFileSync(
      join(dataDir, "source.json"),
      JSON.stringify({ label: "/home/me/notes/", remoteImages: "link" }),
    )
    const code = buildFingerprints("other code", dataDir, (await graphOf(files)).graph)
    expect(new Set([before.shell, setting.shell, code.shell]).size).toBe(3)
  })

  it("gives Next none of the images: an image added, changed or removed keeps Next's fingerprint", async () => {
    const files = { "a.md": "# 파드\n" }
    const before = await fingerprintsOf(files)
    mkdirSync(join(dataDir, "assets/images"), { recursive: true })
    writeFileSync(join(dataDir, "assets/images/a.png"), "png 1")
    writeFileSync(join(dataDir, "assets.json"), JSON.stringify(["images/a.png"]))
    const added = await fingerprintsOf(files)
    expect(readdirSync(added.dir)).toEqual(["source.json"])
    writeFileSync(join(dataDir, "assets/images/a.png"), "png 2")
    const changed = await fingerprintsOf(files)
    rmSync(join(dataDir, "assets"), { recursive: true })
    writeFileSync(join(dataDir, "assets.json"), "[]")
    const removed = await fingerprintsOf(files)
    // Which images were copied is read by the note pages, rendered outside Next: it changes the
    // export's fingerprint only. An image's new bytes change neither (a kept export gets them).
    for (const fingerprints of [added, changed, removed]) expect(fingerprints.shell).toBe(before.shell)
    expect(added.export).not.toBe(before.export)
    expect(changed.export).toBe(added.export)
    expect(removed.export).toBe(before.export)
  })
})
