/**
 * One cold build's CPU per phase, in this thread, by one build of core, as one JSON line:
 *   node packages/core/bench/phases-probe.mjs DIR [CORE_DIST]
 * Phases (the read and the import not counted):
 * - parse: `parseMarkdown` of every note's text (the floor every analysis pays);
 * - analysis: `analyzeNote` of every note (the parse again, and the extraction after it:
 *   extraction ≈ analysis − parse; each note is parsed and then analysed before the next);
 * - assembly: a builder given those analyses (no parse): the term and note indexes and every
 *   note's fragment (mentions, links, edges, marked bodies);
 * - encoding: graph.json's bytes (`encodeGraphBytes`).
 * Also a sha1 of the analyses and of the graph's bytes and every note's bodies, so two builds of
 * core can be shown to give the same results (hashing is not timed).
 */
import { createHash } from "node:crypto"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const [dir, coreDist] = process.argv.slice(2)
const core = await import(
  pathToFileURL(join(resolve(coreDist ?? join(import.meta.dirname, "../dist")), "index.js")).href
)
const source = await core.readContentDir(dir)
const decoder = new TextDecoder()
const texts = source.notes.map((file) => decoder.decode(file.bytes))

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const phases = {}
async function timed(name, run) {
  const cpu = cpuMs()
  const wall = performance.now()
  const result = await run()
  phases[name] = { cpuMs: cpuMs() - cpu, wallMs: performance.now() - wall }
  return result
}

// Note by note, its parse alone and then its analysis, so both see the same moments of a
// loaded machine and extraction (analysis − parse) is not the difference of two far-apart runs.
phases.parse = { cpuMs: 0, wallMs: 0 }
phases.analysis = { cpuMs: 0, wallMs: 0 }
const analyses = source.notes.map((file, index) => {
  let cpu = cpuMs()
  let wall = performance.now()
  core.parseMarkdown(texts[index])
  const parsedCpu = cpuMs()
  const parsedWall = performance.now()
  phases.parse.cpuMs += parsedCpu - cpu
  phases.parse.wallMs += parsedWall - wall
  cpu = parsedCpu
  wall = parsedWall
  const analysis = core.analyzeNote(file)
  phases.analysis.cpuMs += cpuMs() - cpu
  phases.analysis.wallMs += performance.now() - wall
  return analysis
})
const analysesSha1 = createHash("sha1")
for (const analysis of analyses) analysesSha1.update(JSON.stringify(analysis)).update("\0")
const byPath = new Map(source.notes.map((file, index) => [file.path, analyses[index]]))
const builder = core.createGraphBuilder({
  analyzeMany: async (files) => files.map((file) => byPath.get(file.path)),
})
const built = await timed("assembly", () => builder.build(source))
const bytes = await timed("encoding", () => core.encodeGraphBytes(built.graph))

const outputSha1 = createHash("sha1").update(bytes)
for (const node of built.graph.nodes)
  if (node.kind === "note") outputSha1.update(JSON.stringify(built.bodies.getNoteBodies(node.id)))
phases.extraction = {
  cpuMs: phases.analysis.cpuMs - phases.parse.cpuMs,
  wallMs: phases.analysis.wallMs - phases.parse.wallMs,
}
console.log(
  JSON.stringify({
    notes: source.notes.length,
    phases,
    analysesSha1: analysesSha1.digest("hex"),
    outputSha1: outputSha1.digest("hex"),
  }),
)
