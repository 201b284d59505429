/**
 * The assembly alone (term and note indexes, every fragment: mentions, links, edges, marked
 * bodies), for two or more builds of core in one process, rounds interleaved: each side
 * analyses the corpus once with its own core, then builds the graph from those analyses
 * (a new builder each round, no parse) — so the figure is the assembly's own CPU, warm.
 *   node packages/core/bench/assembly-probe.mjs DIR ROUNDS NAME=CORE_DIST…
 * Prints one JSON line: each side's CPU per round, and whether all sides' graphs are equal.
 */
import { createHash } from "node:crypto"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const [dir, rounds, ...specs] = process.argv.slice(2)
const sides = []
for (const spec of specs) {
  const [name, dist] = spec.split("=")
  const core = await import(pathToFileURL(join(resolve(dist), "index.js")).href)
  const source = await core.readContentDir(dir)
  const byPath = new Map(source.notes.map((file) => [file.path, core.analyzeNote(file)]))
  sides.push({ name, core, source, byPath, cpuMs: [], sha1: new Set() })
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
for (let round = 0; round < Number(rounds); round++)
  for (const side of sides) {
    const builder = side.core.createGraphBuilder({
      analyzeMany: async (files) => files.map((file) => side.byPath.get(file.path)),
    })
    const before = cpuMs()
    const built = await builder.build(side.source)
    side.cpuMs.push(cpuMs() - before)
    const hash = createHash("sha1").update(JSON.stringify(built.graph))
    for (const node of built.graph.nodes)
      if (node.kind === "note") hash.update(JSON.stringify(built.bodies.getNoteBodies(node.id)))
    side.sha1.add(hash.digest("hex"))
  }
const all = new Set(sides.flatMap((side) => [...side.sha1]))
console.log(
  JSON.stringify({
    sides: Object.fromEntries(sides.map((side) => [side.name, side.cpuMs])),
    same: all.size === 1,
    sha1: [...all],
  }),
)
