// `next dev` only (next.config.ts, pageExtensions): the notes' images, copied (paths checked) by the
// prebuild into the data folder. A build copies them into the export itself, outside Next
// (scripts/lib/export-update.mjs's writeImages), so Next's output does not depend on them.
import { extname } from "node:path"
import { getCopiedAssets } from "../../../lib/data/assets.ts"
import { readDataFile } from "../../../lib/data/load-site.ts"
import { decodeSegment } from "../../../lib/params.ts"
import { PLACEHOLDER_SEGMENT } from "../../../lib/placeholder.ts"

export const dynamic = "force-static"
export const dynamicParams = false

const TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
}

export function generateStaticParams() {
  const paths = [...getCopiedAssets()].map((path) => ({ path: path.split("/") }))
  return paths.length > 0 ? paths : [{ path: [PLACEHOLDER_SEGMENT] }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.map(decodeSegment).join("/")
  if (!getCopiedAssets().has(path)) return new Response("", { headers: { "content-type": "text/plain" } })
  return new Response(new Uint8Array(readDataFile(`assets/${path}`)), {
    headers: { "content-type": TYPES[extname(path).toLowerCase()] ?? "application/octet-stream" },
  })
}
