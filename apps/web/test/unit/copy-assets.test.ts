import { mkdir, mkdtemp, readdir, symlink, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { copyAssets } from "../../scripts/lib/copy-assets.mjs"

async function folder() {
  const root = await mkdtemp(join(tmpdir(), "kube-notes-assets-"))
  const content = join(root, "content")
  await mkdir(join(content, "images"), { recursive: true })
  await writeFile(join(root, "secret.png"), "outside")
  await writeFile(join(content, "images", "ok.png"), "png")
  await writeFile(
    join(content, "images", "safe.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
  )
  await writeFile(join(content, "images", "evil.svg"), "<svg><script>alert(1)</script></svg>")
  await symlink(join(root, "secret.png"), join(content, "images", "link.png"))
  return { content, out: join(root, "out") }
}

describe("copying the notes' images", () => {
  it("should copy images inside the content folder and refuse paths and symlinks that leave it", async () => {
    const { content, out } = await folder()
    const result = await copyAssets(content, out, [
      { path: "images/ok.png", exists: true },
      { path: "../secret.png", exists: true },
      { path: "images/link.png", exists: true },
      { path: "images/gone.png", exists: false },
    ])
    expect(result.copied).toEqual(["images/ok.png"])
    expect(result.refused.map((r) => r.path)).toEqual(["../secret.png", "images/link.png"])
    expect(await readdir(join(out, "images"))).toEqual(["ok.png"])
  })

  it("should copy a plain SVG and refuse one that carries script", async () => {
    const { content, out } = await folder()
    const result = await copyAssets(content, out, [
      { path: "images/safe.svg", exists: true },
      { path: "images/evil.svg", exists: true },
    ])
    expect(result.copied).toEqual(["images/safe.svg"])
    expect(result.refused).toEqual([{ path: "images/evil.svg", reason: expect.stringContaining("script") }])
  })
})
