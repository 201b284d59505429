/** Where the packaged notes live: the folder of @kube-notes/content (the repo's content/). */
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"

export function getContentPackageDir(): string {
  return dirname(fileURLToPath(import.meta.resolve("@kube-notes/content/package.json")))
}
