/** Asset paths copied into the site by the prebuild (others render as "missing"). */
import { readDataFile } from "./load-site.ts"

let copied: Set<string> | undefined

export function getCopiedAssets(): ReadonlySet<string> {
  if (copied && process.env.NODE_ENV !== "development") return copied
  copied = new Set(JSON.parse(readDataFile("assets.json").toString("utf8")) as string[])
  return copied
}
