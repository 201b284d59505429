/**
 * The note in content/ is the author's, byte for byte. The reference is the original in
 * `<repo>/../shared/original-notes/` where that folder exists (a developer's machine), and the
 * SHA-256 committed beside this test otherwise (a fresh clone in CI): never a silent skip.
 */
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { describe, expect, it } from "vitest"
import { contentRoot, sharedRoot } from "./helpers/paths.ts"

const NAME = "kubernetes-intro-install.md"
const originalPath = `${sharedRoot}original-notes/${NAME}`

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex")
}

describe("the original note", () => {
  it("should have the SHA-256 committed for the author's original", async () => {
    const committed = (await readFile(new URL("./original-note.sha256", import.meta.url), "utf8")).trim()
    expect(committed).toMatch(/^[0-9a-f]{64}$/)
    expect(sha256(await readFile(`${contentRoot}${NAME}`))).toBe(committed)
  })

  it("should be byte for byte the original in ../shared/original-notes, where that folder exists", async () => {
    const note = await readFile(`${contentRoot}${NAME}`)
    if (existsSync(originalPath)) {
      expect(note.equals(await readFile(originalPath)), `${NAME} differs from ${originalPath}`).toBe(true)
    } else {
      // No ../shared beside this clone: the committed digest above is the reference. Say so.
      console.info(`${originalPath} is absent: compared ${NAME} with the committed SHA-256 only`)
      const committed = (await readFile(new URL("./original-note.sha256", import.meta.url), "utf8")).trim()
      expect(sha256(note)).toBe(committed)
    }
  })

  it("should keep the author's image reference, exact case", async () => {
    const text = await readFile(`${contentRoot}${NAME}`, "utf8")
    expect(text).toContain("![](images/clusterDiagram.PNG)")
  })
})
