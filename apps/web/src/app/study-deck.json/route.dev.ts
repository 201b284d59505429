// `next dev` only (next.config.ts, pageExtensions); a build writes this file into the export itself (scripts/next-build.mjs).
// Emitted as /study-deck.json by the static export: every card, fetched by the study page and
// by the due counts. A static file, so once loaded the study page needs no server.
import { loadDeck } from "../../lib/data/load-deck.ts"

export const dynamic = "force-static"

export function GET() {
  return new Response(JSON.stringify(loadDeck().cards), {
    headers: { "content-type": "application/json; charset=utf-8" },
  })
}
