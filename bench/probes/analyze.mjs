/**
 * Every note of a folder analysed in this thread by one build of core (`analyzeNote`, the work a
 * cold build's threads share), as one JSON line: CPU and wall of the analyses alone (the read
 * and the import are not counted) and a sha1 of every analysis as JSON, so two builds of core
 * can be shown to give the same analyses.
 *   node probes/analyze.mjs DIR [CORE_DIST]
 */
import { createHash } from "node:crypto"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const [dir, coreDist] = process.argv.slice(2)
const core = await import(
  coreDist ? pathToFileURL(join(resolve(coreDist), "index.js")).href : "@kube-notes/core"
)
const source = await core.readContentDir(dir)
const cpuBefore = process.cpuUsage()
const started = performance.now()
const analyses = source.notes.map(core.analyzeNote)
const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
// After the figures: hashing must not count towards them.
const hash = createHash("sha1")
for (const analysis of analyses) hash.update(JSON.stringify(analysis)).update("\0")
console.log(
  JSON.stringify({
    notes: analyses.length,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    sha1: hash.digest("hex"),
  }),
)
