// The generated corpus for the scale benchmark, cached (outside git) so runs after the
// first skip generation; the graph is rebuilt each run so it always matches core.
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const generator = fileURLToPath(new URL("../../../bench/gen-corpus.mjs", import.meta.url))

export function ensureCorpus(size) {
  const dir = join(packageDir, "node_modules/.cache/kube-notes-bench", `corpus-${size}`)
  if (!existsSync(dir) || readdirSync(dir).length === 0) {
    execFileSync(process.execPath, [process.env.KUBE_NOTES_GEN_CORPUS ?? generator, dir, String(size)], {
      stdio: "inherit",
    })
  }
  return dir
}

/** Bytes of the graph's notes (the Markdown files core read), raw and gzipped as one stream. */
export function markdownBytes(dir, graph) {
  const files = graph.nodes
    .filter((node) => node.kind === "note")
    .map((node) => join(dir, node.path))
    .sort()
  const all = Buffer.concat(files.map((file) => readFileSync(file)))
  return { files: files.length, raw: all.length, gzip: gzipSync(all).length }
}
