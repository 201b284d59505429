// The graph the site is built from: a folder of notes named by KUBE_NOTES_CONTENT (built
// here with core, its diagnostics printed), or else the content package's built graph.
import { readFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, resolve } from "node:path"

const require = createRequire(import.meta.url)

/** @returns {Promise<{ graph: import("@kube-notes/graph").Graph, contentDir: string, label: string, searchIndex?: string }>} */
export async function loadContent(env = process.env) {
  if (env.KUBE_NOTES_CONTENT) {
    const contentDir = resolve(env.KUBE_NOTES_CONTENT)
    const { buildGraphFromDir, formatDiagnostic } = await import("@kube-notes/core")
    const graph = await buildGraphFromDir(contentDir)
    for (const diagnostic of graph.diagnostics) console.log(`  ${formatDiagnostic(diagnostic)}`)
    return { graph, contentDir, label: contentDir }
  }
  const packageJson = require.resolve("@kube-notes/content/package.json")
  const contentDir = dirname(packageJson)
  const graphFile = resolve(contentDir, "dist/graph.json")
  const text = await readFile(graphFile, "utf8").catch(() => {
    throw new Error(`${graphFile} is missing: run \`pnpm -F @kube-notes/content build\` first.`)
  })
  const searchIndex = await readFile(resolve(contentDir, "dist/search-index.json"), "utf8").catch(
    () => undefined,
  )
  return { graph: JSON.parse(text), contentDir, label: "content/", ...(searchIndex ? { searchIndex } : {}) }
}
