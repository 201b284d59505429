// Builds the content package: the graph from the notes in this folder (graph.json, and each
// note's bodies in bodies/), its search index, and the query API bundled with no dependencies
// (JS by esbuild, types by rollup-plugin-dts).
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { buildGraphFromDir, formatDiagnostic, writeGraphOutput } from "@kube-notes/core"
import { buildSearchIndex } from "@kube-notes/search"
import { build as esbuild } from "esbuild"
import { rollup } from "rollup"
import { dts } from "rollup-plugin-dts"

const root = fileURLToPath(new URL("..", import.meta.url))
const dist = `${root}dist/`
await mkdir(dist, { recursive: true })

const built = await buildGraphFromDir(root)
const { graph } = built
await writeGraphOutput(dist, built)
for (const schema of ["graph.schema.json", "note-bodies.schema.json"])
  await writeIfChanged(
    `${dist}${schema}`,
    await readFile(fileURLToPath(import.meta.resolve(`@kube-notes/core/${schema}`)), "utf8"),
  )
await writeIfChanged(`${dist}search-index.json`, JSON.stringify(buildSearchIndex(graph)))
// Images the notes show ship with the package (`@kube-notes/content/assets/images/…`).
for (const node of graph.nodes) {
  if (node.kind !== "asset" || !node.exists) continue
  await mkdir(dirname(`${dist}assets/${node.path}`), { recursive: true })
  await copyFile(`${root}${node.path}`, `${dist}assets/${node.path}`)
}

await esbuild({
  entryPoints: [`${root}src/index.ts`],
  outfile: `${dist}index.js`,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["node:*"],
  legalComments: "none",
  logLevel: "warning",
})
const types = await rollup({
  input: `${root}src/index.ts`,
  plugins: [
    dts({
      tsconfig: `${root}tsconfig.json`,
      includeExternal: ["@kube-notes/graph", "@kube-notes/search", "@kube-notes/study"],
    }),
  ],
  external: ["mdast", "unist"],
})
await types.write({ file: `${dist}index.d.ts`, format: "es" })

const counts = {}
for (const node of graph.nodes) counts[node.kind] = (counts[node.kind] ?? 0) + 1
console.log(
  `@kube-notes/content: ${Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}s`)
    .join(", ")}, ${graph.edges.length} edges, ${graph.diagnostics.length} diagnostics`,
)
for (const d of graph.diagnostics) console.log(`  ${formatDiagnostic(d)}`)
// The package's own notes must be clean: an error here would ship a broken graph.
if (graph.diagnostics.some((d) => d.severity === "error")) process.exitCode = 1

async function writeIfChanged(file, text) {
  const old = await readFile(file, "utf8").catch(() => undefined)
  if (old !== text) await writeFile(file, text)
}
