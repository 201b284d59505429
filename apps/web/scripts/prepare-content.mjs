// Prebuild: writes everything the site reads at build time into the data folder
// (.generated/ unless KUBE_NOTES_WEB_DATA says otherwise): graph.json, each note's bodies
// (bodies/*.json), search-index.json, graph-view.json and the notes' images. Pages never parse Markdown; they read this.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { ensureContentVersion } from "./lib/content-version.mjs"
import { copyAssets } from "./lib/copy-assets.mjs"
import { getDataDir } from "./lib/data-dir.mjs"
import { buildGraphViewWithLayout } from "./lib/graph-view.mjs"
import { loadContent } from "./lib/load-content.mjs"
import { loadSearchTermsCache } from "./lib/search-terms-cache.mjs"

const started = Date.now()
const dataDir = getDataDir()
const { graph, writeTo, contentDir, label, searchIndex } = await loadContent()
await mkdir(dataDir, { recursive: true })
// The study deck the build workers share (src/lib/data/load-deck.ts): made again by this code.
await rm(join(dataDir, "study-deck.cache.json"), { force: true })
await writeTo(dataDir)
await writeFile(join(dataDir, "search-index.json"), await buildSearchIndexJson(graph, searchIndex, dataDir))
// The last build's force layout, reused when the links between notes, topics and terms are the same.
const layoutFile = join(dataDir, "graph-layout.cache.json")
const previousLayout = await readFile(layoutFile, "utf8").then(JSON.parse, () => undefined)
const { view, layout } = buildGraphViewWithLayout(graph, previousLayout)
await writeFile(join(dataDir, "graph-view.json"), JSON.stringify(view))
if (layout.key !== previousLayout?.key) await writeFile(layoutFile, JSON.stringify(layout))
await rm(join(dataDir, "assets"), { recursive: true, force: true })
const assets = graph.nodes.filter((node) => node.kind === "asset")
const { copied, refused } = await copyAssets(contentDir, join(dataDir, "assets"), assets)
await writeFile(join(dataDir, "assets.json"), JSON.stringify(copied))
// The site's settings from kube-notes.json (core already reported any mistake in the graph).
const { config } = await (await import("@kube-notes/core")).readContentConfig(contentDir)
await writeFile(
  join(dataDir, "source.json"),
  JSON.stringify({ label, basePath: process.env.BASE_PATH ?? "", remoteImages: config.remoteImages }),
)
await ensureContentVersion()

for (const { path, reason } of refused) console.log(`  ${path}: not copied, ${reason}`)
const count = (kind) => graph.nodes.filter((node) => node.kind === kind).length
console.log(
  `@kube-notes/web: site data from ${label}: ${count("note")} notes, ${count("topic")} topics, ${count("term")} terms, ` +
    `${count("command")} commands, ${copied.length} images, ${graph.diagnostics.length} diagnostics (${Date.now() - started} ms)`,
)

async function buildSearchIndexJson(graph, prebuilt, dataDir) {
  const search = await import("@kube-notes/search").catch(() => undefined)
  if (search?.buildSearchIndex) {
    // Each text's terms from the last prepare: only the texts of changed notes are tokenised.
    const memo = await loadSearchTermsCache(join(dataDir, "search-terms.cache.json"))
    const json = JSON.stringify(search.buildSearchIndex(graph, { memo }))
    await memo.save()
    return json
  }
  if (prebuilt) return prebuilt
  console.log("  search: @kube-notes/search is not built yet; the search box will say so")
  return "null"
}
