// Serves the static export with sirv (file lookup, MIME types, ETags, ranges), wrapped for what
// the export needs: percent-encoded Korean paths whose file names may hold `?`, `#`, `;` or `%`
// (sirv alone decodes with decodeURI, which leaves those encoded), NFC/NFD both found, the base
// path stripped, folders redirected to their trailing slash, and the export's 404 page.
import { createReadStream, existsSync, statSync } from "node:fs"
import { createServer } from "node:http"
import { join, normalize, resolve, sep } from "node:path"
import sirv from "sirv"

const IMMUTABLE = "public, max-age=31536000, immutable"

/**
 * @param {{ root: string, basePath?: string }} options
 * @returns {import("node:http").Server}
 */
export function createStaticServer({ root, basePath = "" }) {
  const base = resolve(root)
  const notFoundPage = join(base, "404.html")
  const notFound = (response) => {
    if (!existsSync(notFoundPage)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found")
      return
    }
    response.writeHead(404, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    })
    createReadStream(notFoundPage).pipe(response)
  }
  // Production mode: sirv lists the export once (keys in NFC) and never touches paths outside it.
  const serveFile = sirv(base, {
    dev: false,
    etag: true,
    extensions: ["html"],
    setHeaders(response, pathname) {
      // Next's hashed bundles never change; everything else is checked again (ETag).
      response.setHeader("cache-control", pathname.startsWith("/_next/static/") ? IMMUTABLE : "no-cache")
      response.setHeader("x-content-type-options", "nosniff")
    },
    onNoMatch: (_request, response) => notFound(response),
  })

  return createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    const url = new URL(request.url ?? "/", "http://localhost")
    let pathname
    try {
      pathname = decodeURIComponent(url.pathname).normalize("NFC")
    } catch {
      response.writeHead(400).end("Bad request")
      return
    }
    if (pathname.includes("\0")) return notFound(response)
    if (basePath) {
      if (pathname === basePath) {
        response.writeHead(308, { location: `${basePath}/${url.search}` }).end()
        return
      }
      if (!pathname.startsWith(`${basePath}/`)) return notFound(response)
      pathname = pathname.slice(basePath.length)
    }
    // `/notes/a` → `/notes/a/` so the page's relative URLs resolve as the export expects.
    if (!pathname.endsWith("/") && isFolderWithPage(base, pathname)) {
      response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end()
      return
    }
    // sirv reads the path through @polka/url, which memoises it on `_parsedUrl` (its documented
    // contract): hand it the decoded path, `%` escaped once more for the decodeURI sirv applies.
    request._parsedUrl = {
      pathname: pathname.replaceAll("%", "%25"),
      search: url.search,
      query: undefined,
      hash: undefined,
      raw: request.url,
    }
    serveFile(request, response)
  })
}

/** Whether the decoded path names a folder of the export that holds an index.html. */
function isFolderWithPage(root, pathname) {
  const path = normalize(join(root, pathname))
  if (path !== root && !path.startsWith(root + sep)) return false
  // macOS writes NFD names; the path arrives NFC.
  for (const candidate of new Set([path, path.normalize("NFD")])) {
    const info = statSync(candidate, { throwIfNoEntry: false })
    if (info?.isDirectory()) return existsSync(join(candidate, "index.html"))
  }
  return false
}
