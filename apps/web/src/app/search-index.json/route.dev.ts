// `next dev` only (next.config.ts, pageExtensions); a build writes this file into the export itself (scripts/next-build.mjs).
// Emitted as /search-index.json by the static export; fetched when the search box opens.
import { readDataFile } from "../../lib/data/load-site.ts"

export const dynamic = "force-static"

export function GET() {
  return new Response(new Uint8Array(readDataFile("search-index.json")), {
    headers: { "content-type": "application/json; charset=utf-8" },
  })
}
