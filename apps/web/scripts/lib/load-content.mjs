// The graph the site is built from: a folder of notes named by KUBE_NOTES_CONTENT (built
// here with core, its diagnostics printed), or else the content package's built graph.
// `writeTo(dir)` puts graph.json and the notes' bodies (bodies/*.json) in the data folder.
import { cp, readFile, rm, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, resolve } from "node:path"
import { decodeGraph } from "@kube-notes/graph"

const require = createRequire(import.meta.url)

/**
 * `graph` is parsed on first use (an unchanged folder's comes from core's cache as text);
 * `saveCache()`, when there is one, writes core's caches of the build (left until the output is written);
 * `graphBytes()`, when the graph is in memory (a build, not an unchanged folder's saved graph),
 * gives graph.json's bytes before they are written (encoded once: writeTo writes the same).
 * @returns {Promise<{ graph: import("@kube-notes/graph").Graph, writeTo: (dir: string) => Promise<void>, saveCache?: () => Promise<void>, graphBytes?: () => Buffer, contentDir: string, label: string, searchIndex?: string }>}
 */
export async function loadContent(env = process.env) {
  if (env.KUBE_NOTES_CONTENT) {
    const contentDir = resolve(env.KUBE_NOTES_CONTENT)
    const { buildGraphFromDir, encodeGraphBytes, formatDiagnostic, writeGraphOutput } = await import(
      "@kube-notes/core"
    )
    const built = await buildGraphFromDir(contentDir, { deferCacheWrites: true })
    // A saved graph's summary has its diagnostics: the graph itself is not parsed for them.
    const diagnostics = built.summary?.diagnostics ?? built.graph.diagnostics
    for (const diagnostic of diagnostics) console.log(`  ${formatDiagnostic(diagnostic)}`)
    // Only changed files are written, so Next's cache sees unchanged notes as unchanged.
    const writeTo = async (dir) => void (await writeGraphOutput(dir, built))
    return {
      get graph() {
        return built.graph
      },
      writeTo,
      saveCache: built.saveCache,
      ...(built.summary ? {} : { graphBytes: () => encodeGraphBytes(built.graph) }),
      contentDir,
      label: contentDir,
    }
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
  const writeTo = async (dir) => {
    await writeFile(resolve(dir, "graph.json"), text)
    await rm(resolve(dir, "bodies"), { recursive: true, force: true })
    await cp(resolve(contentDir, "dist/bodies"), resolve(dir, "bodies"), { recursive: true })
  }
  return {
    graph: decodeGraph(JSON.parse(text)),
    writeTo,
    contentDir,
    label: "content/",
    ...(searchIndex ? { searchIndex } : {}),
  }
}
