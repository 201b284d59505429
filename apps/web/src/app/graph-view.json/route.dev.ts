// `next dev` only (next.config.ts, pageExtensions); a build writes this file into the export itself (scripts/next-build.mjs).
// Emitted as /graph-view.json: nodes with build-time positions, fetched by the graph view.
import { readDataFile } from "../../lib/data/load-site.ts"

export const dynamic = "force-static"

export function GET() {
  return new Response(new Uint8Array(readDataFile("graph-view.json")), {
    headers: { "content-type": "application/json; charset=utf-8" },
  })
}
