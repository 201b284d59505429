import { mkdir, mkdtemp, writeFile } from "node:fs/promises"
import type { Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createStaticServer } from "../../scripts/lib/static-server.mjs"

let base = ""
let withBase = ""
const servers: Server[] = []

async function listen(server: Server): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "kube-notes-serve-"))
  await mkdir(join(root, "notes", "01-basics", "00027 스케줄링과 Taint"), { recursive: true })
  await writeFile(join(root, "notes", "01-basics", "00027 스케줄링과 Taint", "index.html"), "<p>korean</p>")
  await writeFile(join(root, "index.html"), "<p>home</p>")
  await writeFile(join(root, "404.html"), "<p>missing</p>")
  await writeFile(join(root, "about.html"), "<p>about</p>")
  // Note keys keep what file names hold: `?`, `#`, `;`, `%`, and NFD Hangul from macOS.
  for (const name of ["쿠버네티스란?", "a#b;c%d", "100%25", "한글".normalize("NFD")]) {
    await mkdir(join(root, "notes", name), { recursive: true })
    await writeFile(join(root, "notes", name, "index.html"), `<p>${name.normalize("NFC")}</p>`)
  }
  await mkdir(join(root, "_next", "static", "chunks"), { recursive: true })
  await writeFile(join(root, "_next", "static", "chunks", "app.js"), "self.x=1")
  await writeFile(join(root, "font.woff2"), new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
  await writeFile(join(root, "icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>")
  base = await listen(createStaticServer({ root }))
  withBase = await listen(createStaticServer({ root, basePath: "/kube-notes" }))
})
afterAll(() => {
  for (const server of servers) server.close()
})

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
    expect(redirect.headers.get("location")).toBe(
      `/notes/01-basics/${encodeURIComponent("00027 스케줄링과 Taint")}/`,
    )
  })

  it("should answer the 404 page for unknown paths and for paths that climb out of the root", async () => {
    const missing = await fetch(`${base}/nope/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe("<p>missing</p>")
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404)
  })

  it("should serve pages whose names hold ?, #, ; or % once percent-encoded, and NFD names by their NFC URL", async () => {
    for (const name of ["쿠버네티스란?", "a#b;c%d", "100%25", "한글"]) {
      const response = await fetch(`${base}/notes/${encodeURIComponent(name)}/`)
      expect({ name, status: response.status, body: await response.text() }).toEqual({
        name,
        status: 200,
        body: `<p>${name}</p>`,
      })
    }
  })

  it("should answer with the MIME type of each file, and cache only Next's hashed bundles for good", async () => {
    const page = await fetch(`${base}/`)
    expect(page.headers.get("content-type")).toBe("text/html;charset=utf-8")
    expect(page.headers.get("cache-control")).toBe("no-cache")
    expect(page.headers.get("x-content-type-options")).toBe("nosniff")
    expect((await fetch(`${base}/font.woff2`)).headers.get("content-type")).toBe("font/woff2")
    expect((await fetch(`${base}/icon.svg`)).headers.get("content-type")).toBe("image/svg+xml")
    const bundle = await fetch(`${base}/_next/static/chunks/app.js`)
    expect(bundle.headers.get("content-type")).toBe("text/javascript")
    expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable")
  })

  it("should answer 304 to a repeated request with the page's ETag", async () => {
    const first = await fetch(`${base}/about`)
    const etag = first.headers.get("etag")
    expect(etag).toBeTruthy()
    const again = await fetch(`${base}/about`, { headers: { "if-none-match": etag ?? "" } })
    expect(again.status).toBe(304)
  })

  it("should answer HEAD without a body and refuse other methods", async () => {
    const head = await fetch(`${base}/`, { method: "HEAD" })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe("")
    const post = await fetch(`${base}/`, { method: "POST" })
    expect(post.status).toBe(405)
    expect(post.headers.get("allow")).toBe("GET, HEAD")
  })

  it("should refuse a malformed percent-encoding with 400", async () => {
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400)
  })

  it("should serve under a base path, redirect the bare base path, and 404 anything outside it", async () => {
    expect(await (await fetch(`${withBase}/kube-notes/about`)).text()).toBe("<p>about</p>")
    const bare = await fetch(`${withBase}/kube-notes`, { redirect: "manual" })
    expect(bare.status).toBe(308)
    expect(bare.headers.get("location")).toBe("/kube-notes/")
    const outside = await fetch(`${withBase}/about`)
    expect(outside.status).toBe(404)
    expect(await outside.text()).toBe("<p>missing</p>")
  })
})
