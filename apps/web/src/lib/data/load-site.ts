/**
 * Reads the graph once per build worker (a 1,000-note graph is tens of MB: it is read
 * with node:fs, never imported into a bundle) and derives what every page needs.
 * Under `next dev` the file is read again whenever the watcher rewrites it.
 */
import { readFileSync, statSync } from "node:fs"
import { decodeGraph } from "@kube-notes/graph"
import { getDataFile } from "./data-dir.ts"
import { createSite, type Site } from "./site.ts"

let cached: { mtimeMs: number; site: Site } | undefined

export function loadSite(): Site {
  const file = getDataFile("graph.json")
  const isDev = process.env.NODE_ENV === "development"
  if (cached && !isDev) return cached.site
  const { mtimeMs } = statSync(file, { throwIfNoEntry: false }) ?? { mtimeMs: -1 }
  if (mtimeMs === -1) {
    throw new Error(`${file} is missing: run \`node scripts/prepare-content.mjs\` (part of \`pnpm build\`).`)
  }
  if (cached?.mtimeMs === mtimeMs) return cached.site
  const graph = decodeGraph(JSON.parse(readFileSync(file, "utf8")))
  cached = { mtimeMs, site: createSite(graph) }
  return cached.site
}

export function readDataFile(name: string): Buffer {
  return readFileSync(getDataFile(name))
}
