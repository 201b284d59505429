// What `next build` reads, made explicit: a folder of its own in the data folder (`next-input/`)
// holding exactly the data the pages Next renders use — the graph without the plain text only
// search and the note pages read (notes' and topics' `text`) and without diagnostics, the study
// deck's counts (not its cards, which quote the text), the site settings and the images. Next is
// pointed at this folder (KUBE_NOTES_WEB_DATA), so it cannot read anything else, and the folder's
// digest with the code fingerprint is the fingerprint of Next's whole input: a rebuild with the
// same one skips `next build` (scripts/next-build.mjs). The note pages, the search index, the graph
// view's data and the study deck are written into the export by scripts/next-build.mjs itself.
import { createHash } from "node:crypto"
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { encodeGraph } from "@kube-notes/graph"

export const NEXT_INPUT_DIR = "next-input"
/** Data-folder files Next reads as they are (the layout's CSP, which images exist, the deck's counts). */
const COPIED = ["source.json", "assets.json", "deck-counts.json"]

/** The graph as the pages Next renders read it: plain text and diagnostics left out. */
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
 * Writes `dataDir/next-input/` from the decoded graph and the data folder's files; returns the
 * folder and the hex digest of everything in it.
 */
export function writeNextInput(dataDir, graph) {
  const dir = join(dataDir, NEXT_INPUT_DIR)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "graph.json"), JSON.stringify(encodeGraph(graphForPages(graph))))
  for (const name of COPIED) if (existsSync(join(dataDir, name))) cpSync(join(dataDir, name), join(dir, name))
  if (existsSync(join(dataDir, "assets")))
    cpSync(join(dataDir, "assets"), join(dir, "assets"), { recursive: true })
  const hash = createHash("sha256")
  hashFolder(hash, dir)
  return { dir, digest: hash.digest("hex") }
}
