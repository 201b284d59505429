/** The folder scripts/prepare-content.mjs writes (server only: build time and `next dev`). */
import { join } from "node:path"

export function getDataDir(): string {
  return join(/* turbopackIgnore: true */ process.cwd(), process.env.KUBE_NOTES_WEB_DATA || ".generated")
}

export function getDataFile(name: string): string {
  return join(getDataDir(), name)
}
