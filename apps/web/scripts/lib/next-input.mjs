// What `next build` reads, made explicit: a folder of its own in the data folder (`next-input/`)
// holding exactly the data the pages Next renders use. In a build those pages read none of the
// notes — note, term and command pages are templates, and the content of home, the glossary, the
// cheat sheet, the learning path's list and the study page's lead are slots, all filled after the
// build with markup rendered outside Next (src/lib/render/list-pages.tsx) — nor the notes' images,
// which scripts/next-build.mjs copies into the export itself (export-update.mjs's writeImages; the
// route that serves them under `next dev` is `route.dev.ts`, not built). So the folder holds only
// the one site setting the layout reads (`remoteImages`, its CSP): every export of the same code
// and settings has the same Next input, whatever its notes and images. Next is pointed at this
// folder (KUBE_NOTES_WEB_DATA), so it cannot read anything else, and the folder's digest with the
// code fingerprint is the fingerprint of Next's whole output: its export is kept under it
// (scripts/lib/next-shell.mjs). What the pages rendered outside Next read — the graph without the
// plain text only search and the note pages read, and the study deck's counts — has a digest of
// its own; with the shell's fingerprint it is the fingerprint a rebuild that keeps the whole last
// export compares (scripts/next-build.mjs). The note pages, the search index, the graph view's
// data, the study deck and the images are written into the export by scripts/next-build.mjs itself.
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { encodeGraph } from "@kube-notes/graph"

export const NEXT_INPUT_DIR = "next-input"
/** src/lib/data/load-deck.ts's DECK_COUNTS: the counts the pages rendered outside Next show. */
const DECK_COUNTS = "deck-counts.json"
/** The images prepare copied (derived-data.mjs), which the note pages' HTML shows or marks missing. */
const IMAGE_LIST = "assets.json"

/** The graph as the pages rendered outside Next read it: plain text and diagnostics left out. */
export function graphForPages(graph) {
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      node.kind === "note" || node.kind === "topic" ? { ...node, text: "" } : node,
    ),
    diagnostics: [],
  }
}

function hashFolder(hash, root, dir = root) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) hashFolder(hash, root, path)
    else
      hash
        .update(`${relative(root, path)}\0`)
        .update(readFileSync(path))
        .update("\0")
  }
}

/** The fingerprint of a `next build`'s whole input: the code's and the input folder's digests. */
export const nextBuildFingerprint = (code, inputDigest) =>
  createHash("sha256").update(`${code}\0${inputDigest}`).digest("hex")

/**
 * Writes `dataDir/next-input/` from the data folder's files; returns the folder and the hex digest
 * of everything in it.
 */
export function writeNextInput(dataDir) {
  const dir = join(dataDir, NEXT_INPUT_DIR)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  // The layout reads one setting (src/lib/data/settings.ts); the rest of source.json — where the notes
  // came from — is no input of Next's.
  const source = join(dataDir, "source.json")
  if (existsSync(source)) {
    const { remoteImages } = JSON.parse(readFileSync(source, "utf8"))
    writeFileSync(join(dir, "source.json"), JSON.stringify({ remoteImages }))
  }
  const hash = createHash("sha256")
  hashFolder(hash, dir)
  return { dir, digest: hash.digest("hex") }
}

/**
 * The hex digest of what the pages rendered outside Next read: the graph without text, the deck's
 * counts, and which images were copied (`assets.json`: a note page shows an image prepare refused
 * as missing; the note pages a kept export rewrites are only those whose own data changed, so a
 * change of that list must not keep the export). An image's bytes are none of it: a kept export
 * gets them (export-update.mjs's writeImages).
 */
export function pagesDigest(dataDir, graph) {
  const hash = createHash("sha256")
    .update(JSON.stringify(encodeGraph(graphForPages(graph))))
    .update("\0")
  const counts = join(dataDir, DECK_COUNTS)
  if (existsSync(counts)) hash.update(readFileSync(counts))
  hash.update("\0")
  const images = join(dataDir, IMAGE_LIST)
  if (existsSync(images)) hash.update(readFileSync(images))
  return hash.digest("hex")
}

/**
 * Writes Next's input folder and returns it with the two fingerprints a build compares: `shell`,
 * of everything Next's export depends on (the code, its input folder, `nextArgs` given to
 * `next build`), and `export`, of everything the whole export depends on but the note pages (those
 * add the pages rendered outside Next's input, `pagesDigest`).
 */
export function buildFingerprints(code, dataDir, graph, nextArgs = []) {
  const input = writeNextInput(dataDir)
  const shell = nextBuildFingerprint(code, `${input.digest}\0${nextArgs.join("\0")}`)
  return { dir: input.dir, shell, export: nextBuildFingerprint(shell, pagesDigest(dataDir, graph)) }
}
