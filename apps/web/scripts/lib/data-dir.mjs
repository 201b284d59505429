// Where the build-time data lives: the graph, the search index, the graph view, the
// copied assets. One folder, so a second export (tests, benchmark) can use its own.
import { fileURLToPath } from "node:url"
import { resolve } from "node:path"

export const APP_DIR = fileURLToPath(new URL("../..", import.meta.url))

export function getDataDir() {
  return resolve(APP_DIR, process.env.KUBE_NOTES_WEB_DATA || ".generated")
}
