/** Where the packaged notes live: the folder of @kube-notes/content (the repo's content/). */
import { existsSync } from "node:fs"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"

export function getContentPackageDir(): string {
  return dirname(fileURLToPath(import.meta.resolve("@kube-notes/content/package.json")))
}

/** The packaged notes' graph.json (bodies/ and first-screen.json beside it), when built. */
export function getPackagedGraphFile(): string | undefined {
  try {
    const file = fileURLToPath(import.meta.resolve("@kube-notes/content/graph.json"))
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}
