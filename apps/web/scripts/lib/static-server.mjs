// A small static file server for the export: decodes percent-encoded (Korean) paths,
// serves `index.html` for folders and `x.html` for `x`, strips the base path, refuses
// anything outside the root, and answers the export's 404 page.
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createServer } from "node:http"
import { extname, join, normalize, resolve, sep } from "node:path"

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".map": "application/json; charset=utf-8",
}

async function isFile(path) {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}

/** The file for a URL path, or undefined. `rel` is already decoded. */
async function resolveFile(root, rel) {
  const path = normalize(join(root, rel))
  if (path !== root && !path.startsWith(root + sep)) return undefined
  for (const candidate of [path, join(path, "index.html"), `${path}.html`]) {
    if (await isFile(candidate)) return candidate
  }
  // macOS writes NFD names; URLs arrive NFC (or the other way round).
  const other = path.normalize(path === path.normalize("NFC") ? "NFD" : "NFC")
  if (other !== path)
    for (const candidate of [other, join(other, "index.html")]) if (await isFile(candidate)) return candidate
  return undefined
}

/**
 * @param {{ root: string, basePath?: string }} options
 * @returns {import("node:http").Server}
 */
export function createStaticServer({ root, basePath = "" }) {
  const base = resolve(root)
  return createServer(async (request, response) => {
    const sendFile = (file, status = 200) => {
      const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream"
      const immutable = file.includes(`${sep}_next${sep}static${sep}`)
      response.writeHead(status, {
        "content-type": type,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        "x-content-type-options": "nosniff",
      })
      if (request.method === "HEAD") response.end()
      else createReadStream(file).pipe(response)
    }
    const notFound = async () => {
      const page = join(base, "404.html")
      if (await isFile(page)) return sendFile(page, 404)
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found")
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    let pathname
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)
    } catch {
      response.writeHead(400).end("Bad request")
      return
    }
    if (pathname.includes("\0")) return notFound()
    if (basePath) {
      if (pathname === basePath) {
        response.writeHead(308, { location: `${basePath}/` }).end()
        return
      }
      if (!pathname.startsWith(`${basePath}/`)) return notFound()
      pathname = pathname.slice(basePath.length)
    }
    const file = await resolveFile(base, pathname)
    if (!file) return notFound()
    // `/notes/a` → `/notes/a/` so the page's relative URLs resolve as the export expects.
    if (file.endsWith(`${sep}index.html`) && !pathname.endsWith("/") && !pathname.endsWith("index.html")) {
      const url = new URL(request.url ?? "/", "http://localhost")
      response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end()
      return
    }
    sendFile(file)
  })
}
