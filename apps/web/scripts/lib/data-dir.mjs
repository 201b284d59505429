// Where the build-time data lives: the graph, the search index, the graph view, the
// copied assets. One folder, so a second export (tests, benchmark) can use its own.

import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const APP_DIR = fileURLToPath(new URL("../..", import.meta.url))

export function getDataDir() {
  return resolve(APP_DIR, process.env.KUBE_NOTES_WEB_DATA || ".generated")
}

/**
 * Where every `next build` writes its export before scripts/next-build.mjs moves it to its place
 * (relative to apps/web; one name for all builds keeps Next's configuration, and so Turbopack's
 * build cache, the same for all of them).
 */
export const EXPORT_STAGING = "dist/export-staging"
