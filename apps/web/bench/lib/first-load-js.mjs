// The JavaScript a page of an export loads before it is interactive: every <script src> in its
// HTML (not `noModule` polyfills, which browsers that run modules skip) and, for module scripts,
// the files they import statically (not `import()`, which loads later, e.g. search's engine on
// first open), plus the page's inline scripts (Next's RSC payload, the pre-paint theme script).
import { readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { gzipSync } from "node:zlib"

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g

/** Script files (relative to `out`) the page at `htmlPath` loads first, and its inline scripts. */
export function firstLoadScripts(out, htmlPath) {
  const html = readFileSync(htmlPath, "utf8")
  const files = new Set()
  const visit = (file, isModule) => {
    if (files.has(file)) return
    files.add(file)
    if (!isModule) return
    for (const match of readFileSync(join(out, file), "utf8").matchAll(STATIC_IMPORT))
      visit(relative(out, join(dirname(join(out, file)), match[1])), true)
  }
  let inline = ""
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]
    if (/nomodule/i.test(attributes)) continue
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1]
    if (src)
      visit(decodeURIComponent(src.replace(/^\/+/, "").split("?")[0]), /type="module"/.test(attributes))
    else inline += match[2]
  }
  return { files: [...files], inline }
}

const gzipCache = new Map()
/** Gzipped size (zlib's default level, as static hosts serve) of a file. */
export function gzippedFile(path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path)).length)
  return gzipCache.get(path)
}

/** First-load JS of one page, gzipped: script files, and inline scripts on their own. */
export function firstLoadJs(out, htmlPath) {
  const { files, inline } = firstLoadScripts(out, htmlPath)
  return {
    files,
    js: files.reduce((sum, file) => sum + gzippedFile(join(out, file)), 0),
    inline: inline ? gzipSync(inline).length : 0,
  }
}
