import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { restoreShell, saveShell } from "../../scripts/lib/next-shell.mjs"

const scratch: string[] = []
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})
const folder = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `kube-notes-${name}-`))
  scratch.push(dir)
  return dir
}
const fingerprint = (digit: string) => digit.repeat(64)

describe("Next's export kept between builds (next-shell.mjs)", () => {
  it("gives back the export and the note template kept under a fingerprint, and nothing under another", () => {
    const cache = folder("shells")
    const built = folder("built")
    mkdirSync(join(built, "terms/_term-template"), { recursive: true })
    writeFileSync(join(built, "terms/_term-template/index.html"), "<main>kn-page-content-slot</main>")
    writeFileSync(join(built, "index.html"), '<div class="page home">kn-page-body-slot</div>')
    saveShell(fingerprint("a"), built, "<title>kn-note-title-slot</title>", cache)
    const staging = folder("staging")
    writeFileSync(join(staging, "left-over.html"), "from an earlier build")
    expect(restoreShell(fingerprint("a"), staging, cache)).toBe("<title>kn-note-title-slot</title>")
    expect(readdirSync(staging).sort()).toEqual(["index.html", "terms"])
    expect(readFileSync(join(staging, "terms/_term-template/index.html"), "utf8")).toBe(
      "<main>kn-page-content-slot</main>",
    )
    expect(restoreShell(fingerprint("b"), folder("other"), cache)).toBeUndefined()
  })

  it("keeps the three shells used last and removes older ones", () => {
    const cache = folder("shells")
    const built = folder("built")
    writeFileSync(join(built, "index.html"), "x")
    // Saved three, two and one minutes ago.
    for (const [minutes, digit] of [
      [3, "1"],
      [2, "2"],
      [1, "3"],
    ] as const) {
      saveShell(fingerprint(digit), built, "t", cache)
      const at = new Date(Date.now() - minutes * 60_000)
      utimesSync(join(cache, fingerprint(digit)), at, at)
    }
    // "1" is used again: it is now newer than "2" and "3".
    expect(restoreShell(fingerprint("1"), folder("staging"), cache)).toBe("t")
    saveShell(fingerprint("4"), built, "t", cache)
    expect(readdirSync(cache).sort()).toEqual([fingerprint("1"), fingerprint("3"), fingerprint("4")].sort())
    expect(existsSync(join(cache, fingerprint("2")))).toBe(false)
  })
})
