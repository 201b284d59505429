// What an export holds: pages emitted, files and bytes, and per route the first-load
// JavaScript (gzipped, the script files each HTML page loads: first-load-js.mjs) and the HTML gzipped.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { gzipSync } from "node:zlib"
import { firstLoadJs } from "./first-load-js.mjs"

function listFiles(root) {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(root)
  return files
}

export function countPages(out) {
  return listFiles(out).filter((file) => file.endsWith(".html")).length
}

export function describeExport(out) {
  const files = listFiles(out)
  const pages = files.filter((file) => file.endsWith(".html"))
  const gzipCache = new Map()
  const gz = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length)
    return gzipCache.get(file)
  }
  const firstLoad = (html) => ({ js: firstLoadJs(out, html).js, html: gz(html) })
  const routes = {
    home: "index.html",
    note: pages.find((p) => p.includes("/notes/")),
    term: pages.find((p) => p.includes("/terms/")),
    glossary: "glossary/index.html",
    commands: "commands/index.html",
    command: pages.find((p) => /\/commands\/cmd-/.test(p)),
    graph: "graph/index.html",
    404: "404.html",
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
  const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  const lines = [
    `  pages emitted: ${pages.length} HTML files; export: ${files.length} files, ${(totalBytes / 1048576).toFixed(1)} MB`,
    "  first-load JS per route (gzipped) / the HTML itself (gzipped):",
  ]
  for (const [route, file] of Object.entries(routes)) {
    if (!file) continue
    const path = file.startsWith("/") ? file : join(out, file)
    const { js, html } = firstLoad(path)
    lines.push(
      `    ${route.padEnd(9)} ${kb(js).padStart(9)}  ${kb(html).padStart(9)}  (${relative(out, path)})`,
    )
  }
  return lines.join("\n")
}
