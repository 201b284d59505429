// Next's static export writes each page's RSC payload three times beside its HTML
// (`index.txt`, `__next._full.txt`, `__next.<segments>.__PAGE__.txt`, plus `__next._tree.txt`).
// The client router fetches them only for <Link> navigations and prefetches; this site
// navigates with plain <a> and full page loads (the payload a page needs is inline in its
// HTML), so they are never requested: an e2e test records every request while browsing.
// Removing them roughly halves the export.
import { readdir, rm } from "node:fs/promises"
import { join } from "node:path"

const isRscPayload = (name) => /^__next\..+\.txt$/.test(name)

/** Files removed at once: deleting thousands one after the other mostly waits on the disk. */
const PARALLEL = 32

/** Deletes the RSC payload files of an export folder; returns how many. */
export async function pruneRscPayloads(root) {
  const doomed = []
  const walk = async (dir, isRoot) => {
    const entries = await readdir(dir, { withFileTypes: true })
    const names = new Set(entries.map((entry) => entry.name))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        // The notes' own files (`/assets/…`) and Next's static chunks are left alone.
        if (!(isRoot && (entry.name === "assets" || entry.name === "_next"))) await walk(path, false)
      } else if (isRscPayload(entry.name) || (entry.name === "index.txt" && names.has("index.html"))) {
        doomed.push(path)
      }
    }
  }
  await walk(root, true)
  for (let start = 0; start < doomed.length; start += PARALLEL)
    await Promise.all(doomed.slice(start, start + PARALLEL).map((path) => rm(path)))
  return doomed.length
}
