// What prepare derives from the graph: the search index (search-index.json), the graph view
// (graph-view.json) and the notes' images (assets/, assets.json). None of it needs core's
// caches. In a first prepare into a data folder (a build from nothing: no terms memo, no
// layout to reuse) it is ≈ 2 s of CPU, so prepare makes it on a thread of its own
// (derived-data-worker.mjs) from graph.json's bytes while its main thread writes the output and
// the caches: the other core sat idle. A later prepare reuses most of it and makes it in its
// own thread (a thread's start and a second decoding of the graph cost more than they save).
import { existsSync } from "node:fs"
import { readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Worker } from "node:worker_threads"
import { decodeGraph } from "@kube-notes/graph"
import { copyAssets } from "./copy-assets.mjs"
import { buildGraphViewWithLayout } from "./graph-view.mjs"
import { loadSearchTermsCache } from "./search-terms-cache.mjs"

const TERMS_MEMO = "search-terms.cache.json"

/**
 * @typedef {{ dataDir: string, contentDir: string, graph?: import("@kube-notes/graph").Graph, graphBytes?: Uint8Array, prebuilt?: string }} DerivedDataInput
 * The graph: `graph` itself (in this thread), or graph.json's bytes (copied to the thread),
 * or else `dataDir/graph.json` is read. `prebuilt`: the content package's search index, used
 * when the search package is not built.
 * @typedef {{ copied: number, refused: Array<{ path: string, reason: string }>, counts: Record<string, number>, diagnostics: number }} DerivedData
 */

/**
 * @typedef {{ images: Promise<void>, done: Promise<DerivedData> }} DerivedDataRun
 * `images`: the images and assets.json are written (the site build's step reads them at its
 * start, scripts/lib/prepare-handoff.mjs); `done`: everything is.
 */

/**
 * Writes the derived files on a worker thread.
 * @param {DerivedDataInput} input
 * @returns {DerivedDataRun}
 */
export function writeDerivedDataBeside(input) {
  /** @type {() => void} */
  let imagesWritten = () => {}
  const images = new Promise((resolve) => {
    imagesWritten = resolve
  })
  const done = new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./derived-data-worker.mjs", import.meta.url), { workerData: input })
    /** @type {DerivedData | undefined} */
    let result
    worker.on("message", (message) => {
      if (message === IMAGES_WRITTEN) imagesWritten()
      else result = message
    })
    worker.on("error", reject)
    worker.on("exit", (code) => {
      if (result) resolve(result)
      else
        reject(
          new Error(`the thread writing the search index, graph view and images stopped (exit code ${code})`),
        )
    })
  })
  // A thread that fails before the images ends `images` too: `done` says why.
  done.catch(imagesWritten)
  return { images, done }
}

/** What the worker says once the images are written. */
export const IMAGES_WRITTEN = "images-written"

/**
 * Writes the derived files in this thread (the images first).
 * @param {DerivedDataInput} input
 * @returns {DerivedDataRun}
 */
export function writeDerivedDataHere(input) {
  /** @type {() => void} */
  let imagesWritten = () => {}
  const images = new Promise((resolve) => {
    imagesWritten = resolve
  })
  const done = writeDerivedData(input, imagesWritten)
  done.catch(imagesWritten)
  return { images, done }
}

/** Whether prepare makes the derived files afresh (the data folder has no terms memo yet). */
export function isFirstPrepare(dataDir) {
  return !existsSync(join(dataDir, TERMS_MEMO))
}

/**
 * Writes the derived files: the images first (then `onImages()`), the search index, the graph view.
 * @param {DerivedDataInput} input
 * @param {() => void} [onImages]
 * @returns {Promise<DerivedData>}
 */
export async function writeDerivedData(
  { dataDir, contentDir, graph: given, graphBytes, prebuilt },
  onImages,
) {
  const text = () =>
    graphBytes
      ? Buffer.from(graphBytes.buffer, graphBytes.byteOffset, graphBytes.byteLength).toString("utf8")
      : readFile(join(dataDir, "graph.json"), "utf8")
  /** @type {import("@kube-notes/graph").Graph} */
  const graph = given ?? decodeGraph(JSON.parse(await text()))
  await rm(join(dataDir, "assets"), { recursive: true, force: true })
  const assets = graph.nodes.filter((node) => node.kind === "asset")
  const { copied, refused } = await copyAssets(contentDir, join(dataDir, "assets"), assets)
  await writeFile(join(dataDir, "assets.json"), JSON.stringify(copied))
  onImages?.()
  await writeFile(join(dataDir, "search-index.json"), await buildSearchIndexJson(graph, prebuilt, dataDir))
  // The last build's force layout, reused when the links between notes, topics and terms are the same.
  const layoutFile = join(dataDir, "graph-layout.cache.json")
  const previousLayout = await readFile(layoutFile, "utf8").then(JSON.parse, () => undefined)
  const { view, layout } = buildGraphViewWithLayout(graph, previousLayout)
  await writeFile(join(dataDir, "graph-view.json"), JSON.stringify(view))
  if (layout.key !== previousLayout?.key) await writeFile(layoutFile, JSON.stringify(layout))
  /** @type {Record<string, number>} */
  const counts = {}
  for (const node of graph.nodes) counts[node.kind] = (counts[node.kind] ?? 0) + 1
  return { copied: copied.length, refused, counts, diagnostics: graph.diagnostics.length }
}

async function buildSearchIndexJson(graph, prebuilt, dataDir) {
  const search = await import("@kube-notes/search").catch(() => undefined)
  if (search?.buildSearchIndex) {
    // Each text's terms from the last prepare: only the texts of changed notes are tokenised.
    const memo = await loadSearchTermsCache(join(dataDir, TERMS_MEMO))
    const json = JSON.stringify(search.buildSearchIndex(graph, { memo }))
    await memo.save()
    return json
  }
  if (prebuilt) return prebuilt
  console.log("  search: @kube-notes/search is not built yet; the search box will say so")
  return "null"
}
