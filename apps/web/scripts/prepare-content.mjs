// Prebuild: writes everything the site reads at build time into the data folder
// (.generated/ unless KUBE_NOTES_WEB_DATA says otherwise): graph.json, each note's bodies
// (bodies/*.json), search-index.json, graph-view.json and the notes' images. Pages never parse Markdown; they read this.
import { mkdir, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { ensureContentVersion } from "./lib/content-version.mjs"
import { getDataDir } from "./lib/data-dir.mjs"
import { isFirstPrepare, writeDerivedDataBeside, writeDerivedDataHere } from "./lib/derived-data.mjs"
import { loadContent } from "./lib/load-content.mjs"
import { announceBuildInputReady } from "./lib/prepare-handoff.mjs"

const started = Date.now()
const dataDir = getDataDir()
const content = await loadContent()
const { writeTo, saveCache, graphBytes, contentDir, label, searchIndex } = content
await mkdir(dataDir, { recursive: true })
// The study deck the build workers share (src/lib/data/load-deck.ts): made again by this code.
await rm(join(dataDir, "study-deck.cache.json"), { force: true })
// The images, the search index and the graph view (derived-data.mjs). In a first prepare into
// this folder they are made afresh, on a thread of their own, while this one writes graph.json,
// the bodies and core's caches (analyses, saved graph, builder state): a graph in memory goes
// to it now as graph.json's bytes, else it reads the graph.json written below. Later prepares
// reuse most of them and make them here, from the graph in memory.
const prebuilt = searchIndex ? { prebuilt: searchIndex } : {}
const beside = isFirstPrepare(dataDir)
const bytes = beside ? graphBytes?.() : undefined
let derived = bytes && writeDerivedDataBeside({ dataDir, contentDir, graphBytes: bytes, ...prebuilt })
await writeTo(dataDir)
if (beside) derived ||= writeDerivedDataBeside({ dataDir, contentDir, ...prebuilt })
// The site's settings from kube-notes.json (core already reported any mistake in the graph).
const { config } = await (await import("@kube-notes/core")).readContentConfig(contentDir)
await writeFile(
  join(dataDir, "source.json"),
  JSON.stringify({ label, basePath: process.env.BASE_PATH ?? "", remoteImages: config.remoteImages }),
)
await ensureContentVersion()
// (`content.graph` is parsed only here when core read it back from its cache.)
derived ||= writeDerivedDataHere({ dataDir, contentDir, graph: content.graph, ...prebuilt })
// With the images, everything the site build's step reads before its end is written: run by
// scripts/build-site.mjs, that step starts now (scripts/lib/prepare-handoff.mjs) while core's
// caches, the search index and the graph view are written.
await derived.images
announceBuildInputReady()
await saveCache?.()
const { copied, refused, counts, diagnostics } = await derived.done

for (const { path, reason } of refused) console.log(`  ${path}: not copied, ${reason}`)
const count = (kind) => counts[kind] ?? 0
console.log(
  `@kube-notes/web: site data from ${label}: ${count("note")} notes, ${count("topic")} topics, ${count("term")} terms, ` +
    `${count("command")} commands, ${copied} images, ${diagnostics} diagnostics (${Date.now() - started} ms)`,
)
