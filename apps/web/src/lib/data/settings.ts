/**
 * The site's settings from the content folder's kube-notes.json, as the prebuild wrote them to
 * source.json (core validated the file and reported any mistake when the graph was built).
 */
import type { RemoteImages } from "../render/remote-image.ts"
import { readDataFile } from "./load-site.ts"

export interface SiteSettings {
  /** Show `https:` pictures from other hosts, or keep them as links. */
  readonly remoteImages: RemoteImages
}

let cached: SiteSettings | undefined

export function getSiteSettings(): SiteSettings {
  if (cached && process.env.NODE_ENV !== "development") return cached
  const source = JSON.parse(readDataFile("source.json").toString("utf8")) as { remoteImages?: unknown }
  // Anything but an explicit "link" (an older data folder, a hand-edited file) shows, the default.
  cached = { remoteImages: source.remoteImages === "link" ? "link" : "show" }
  return cached
}

/** The Content-Security-Policy images follow: the site's own, and https only while shown. */
export function imageSourcePolicy(settings: SiteSettings): string {
  return settings.remoteImages === "show" ? "img-src 'self' https:" : "img-src 'self'"
}
