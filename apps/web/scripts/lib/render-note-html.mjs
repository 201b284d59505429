// Renders every note's page content to HTML before `next build`, outside Next: the site's own
// render code (src/lib/data/note-html.ts and what it imports — the one code path `next dev` also
// runs) compiled for Node by esbuild, spread over worker threads. Next renders only the note
// template; scripts/lib/fill-note-pages.mjs writes each note's page from it and this HTML.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import { APP_DIR } from "./data-dir.mjs"

const BUNDLE_DIR = join(APP_DIR, "dist/note-render")
/** Fewer stale notes than this per thread are not worth a worker's start (≈ 0.3 s: the bundle, shiki). */
const NOTES_PER_WORKER = 40
/** A bundle of other code this old is removed (the code changed; no build still loads it). */
const STALE_BUNDLE_MS = 60 * 60 * 1000

const ENTRY = `
export { writeNotePages } from "./src/lib/data/note-pages.ts"
export { renderNoteHtmlFiles, writeNoteHtml } from "./src/lib/data/note-html.ts"
export { DECK_COUNTS, deckCountsJson, loadDeck } from "./src/lib/data/load-deck.ts"
export { loadSite } from "./src/lib/data/load-site.ts"
export { renderListPages, renderPageSlots } from "./src/lib/render/list-pages.tsx"
`

/**
 * The render code as one ES module for Node (npm and workspace packages stay imports), named by
 * the code fingerprint so a rebuild of the same code reuses it. Returns its path.
 */
export async function bundleRenderCode(code) {
  const name = `render-${code.slice(0, 16)}.mjs`
  const file = join(BUNDLE_DIR, name)
  mkdirSync(BUNDLE_DIR, { recursive: true })
  if (existsSync(file)) return file
  const { build } = await import("esbuild")
  // As next.config.ts gives it to the pages.
  const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "")
  // Written aside and renamed: builds running at once (the tests') import a whole file or none.
  const temporary = `${file}.${process.pid}.tmp`
  await build({
    stdin: { contents: ENTRY, resolveDir: APP_DIR, loader: "ts", sourcefile: "note-render-entry.ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    packages: "external",
    // Components import their stylesheets (Next bundles them); the HTML rendered here needs none.
    loader: { ".css": "empty" },
    outfile: temporary,
    define: {
      "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
    logLevel: "warning",
  })
  renameSync(temporary, file)
  // Bundles of older code, once no build can still be loading them.
  const now = Date.now()
  for (const other of readdirSync(BUNDLE_DIR)) {
    const path = join(BUNDLE_DIR, other)
    if (other !== name && now - statSync(path).mtimeMs > STALE_BUNDLE_MS) rmSync(path, { force: true })
  }
  return file
}

/** Renders `entries` on `threads` threads: this one takes a share, workers the rest. */
async function renderSpread(render, bundle, entries, threads) {
  const shares = Array.from({ length: threads }, () => [])
  // Round robin: neighbouring notes are often alike in size, so the shares come out even.
  for (const [i, entry] of entries.entries()) shares[i % threads].push(entry)
  const workers = shares.slice(1).map(
    (share) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL("./note-html-worker.mjs", import.meta.url), {
          workerData: { bundle, entries: share },
        })
        worker.once("error", reject)
        worker.once("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`a note render worker exited with ${code}`)),
        )
      }),
  )
  await Promise.all([render(shares[0]), ...workers])
}

/**
 * Writes every note's page data (src/lib/data/note-pages.ts) into the data folder `dataDir`
 * (process.cwd() must be apps/web, as for Next) and the study deck: its cards (`study-deck.json`,
 * for the export) and its counts (for the pages, scripts/lib/next-input.mjs). Returns the graph
 * and `render()`, which writes the HTML of every note whose digest or `htmlKey` changed (all of
 * them without a key) and resolves to how many it rendered: scripts/next-build.mjs runs it while
 * `next build` runs, which reads none of it. `listPages()` renders every term and command page
 * (src/lib/render/list-pages.tsx), for scripts/lib/fill-list-pages.mjs; `pageSlots()` the learning
 * path's list items and the content of home, the glossary and the cheat sheet.
 */
export async function startNoteHtml(code, htmlKey, dataDir) {
  const bundle = await bundleRenderCode(code)
  // React (an import of the bundle, src/lib/render/list-pages.tsx) reads this when it loads: its
  // production build, as in Next's (scripts/next-build.mjs sets it for every build, and for Next).
  process.env.NODE_ENV ??= "production"
  const render = await import(pathToFileURL(bundle).href)
  const entries = render.writeNotePages(htmlKey)
  const deck = render.loadDeck()
  writeFileSync(join(dataDir, "study-deck.json"), JSON.stringify(deck.cards))
  writeFileSync(join(dataDir, render.DECK_COUNTS), render.deckCountsJson(deck))
  const graph = render.loadSite().query.graph
  const renderStale = () =>
    render.writeNoteHtml(entries, htmlKey, (stale) => {
      const threads = Math.max(
        1,
        Math.min(availableParallelism(), Math.floor(stale.length / NOTES_PER_WORKER)),
      )
      return threads === 1
        ? render.renderNoteHtmlFiles(stale)
        : renderSpread(render.renderNoteHtmlFiles, bundle, stale, threads)
    })
  return {
    graph,
    render: renderStale,
    listPages: () => render.renderListPages(),
    pageSlots: () => render.renderPageSlots(),
  }
}
