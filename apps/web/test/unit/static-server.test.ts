import { mkdir, mkdtemp, writeFile } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createStaticServer } from "../../scripts/lib/static-server.mjs"

let base = ""
let close: () => void = () => {}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "kube-notes-serve-"))
  await mkdir(join(root, "notes", "01-basics", "00027 스케줄링과 Taint"), { recursive: true })
  await writeFile(join(root, "notes", "01-basics", "00027 스케줄링과 Taint", "index.html"), "<p>korean</p>")
  await writeFile(join(root, "index.html"), "<p>home</p>")
  await writeFile(join(root, "404.html"), "<p>missing</p>")
  await writeFile(join(root, "about.html"), "<p>about</p>")
  const server = createStaticServer({ root })
  await new Promise<void>((resolve) => server.listen(0, resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

describe("the static server", () => {
  it("should serve a page whose path is percent-encoded Korean with spaces", async () => {
    const response = await fetch(`${base}/notes/01-basics/${encodeURIComponent("00027 스케줄링과 Taint")}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("<p>korean</p>")
  })

  it("should fall back to .html and redirect folders to their trailing slash", async () => {
    expect(await (await fetch(`${base}/about`)).text()).toBe("<p>about</p>")
    const redirect = await fetch(`${base}/notes/01-basics/${encodeURIComponent("00027 스케줄링과 Taint")}`, {
      redirect: "manual",
    })
    expect(redirect.status).toBe(308)
  })

  it("should answer the 404 page for unknown paths and for paths that climb out of the root", async () => {
    const missing = await fetch(`${base}/nope/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe("<p>missing</p>")
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404)
  })
})
