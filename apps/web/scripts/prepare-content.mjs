// Prebuild: writes everything the site reads at build time into the data folder
// (.generated/ unless KUBE_NOTES_WEB_DATA says otherwise): graph.json, each note's bodies
// (bodies/*.json), search-index.json, graph-view.json and the notes' images. Pages never parse Markdown; they read this.
import { mkdir, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { ensureContentVersion } from "./lib/content-version.mjs"
import { getDataDir } from "./lib/data-dir.mjs"
import { writeDerivedDataBeside } from "./lib/derived-data.mjs"
import { loadContent } from "./lib/load-content.mjs"

const started = Date.now()
const dataDir = getDataDir()
const { writeTo, saveCache, graphBytes, contentDir, label, searchIndex } = await loadContent()
await mkdir(dataDir, { recursive: true })
// The study deck the build workers share (src/lib/data/load-deck.ts): made again by this code.
await rm(join(dataDir, "study-deck.cache.json"), { force: true })
// The search index, the graph view and the images on a thread of their own, while this one
// writes graph.json, the bodies and core's caches (analyses, saved graph, builder state). A
// graph in memory goes to it now as graph.json's bytes; otherwise it reads the graph.json
// written below.
const derivedFrom = (bytes) =>
  writeDerivedDataBeside({
    dataDir,
    contentDir,
    ...(bytes ? { graphBytes: bytes } : {}),
    ...(searchIndex ? { prebuilt: searchIndex } : {}),
  })
const bytes = graphBytes?.()
let derived = bytes && derivedFrom(bytes)
await writeTo(dataDir)
derived ||= derivedFrom()
await saveCache?.()
// The site's settings from kube-notes.json (core already reported any mistake in the graph).
const { config } = await (await import("@kube-notes/core")).readContentConfig(contentDir)
await writeFile(
  join(dataDir, "source.json"),
  JSON.stringify({ label, basePath: process.env.BASE_PATH ?? "", remoteImages: config.remoteImages }),
)
await ensureContentVersion()
const { copied, refused, counts, diagnostics } = await derived

for (const { path, reason } of refused) console.log(`  ${path}: not copied, ${reason}`)
const count = (kind) => counts[kind] ?? 0
console.log(
  `@kube-notes/web: site data from ${label}: ${count("note")} notes, ${count("topic")} topics, ${count("term")} terms, ` +
    `${count("command")} commands, ${copied} images, ${diagnostics} diagnostics (${Date.now() - started} ms)`,
)
