/**
 * The costliest kind of term change: a glossary alias for a word most notes contain, so most
 * fragments are built again (their mentions and bodies change). After a build of DIR from the
 * warm analysis cache, adds two such terms one update at a time and prints one JSON line:
 *   node probes/term-everywhere.mjs DIR CACHE_DIR [ALIAS…]
 * (the aliases default to 노드 and 파드, which the generated corpus uses throughout).
 * KUBE_NOTES_CORE=path/to/core/dist/index.js measures another build of the core.
 * bench/probes/update.mjs's "add term" is the other end: a new word only its own note contains.
 */
const [dir, cacheDir, ...given] = process.argv.slice(2)
if (!dir || !cacheDir) throw new Error("usage: node probes/term-everywhere.mjs DIR CACHE_DIR [ALIAS…]")
const { createDirBuilder, readContentDir } = await import(process.env.KUBE_NOTES_CORE || "@kube-notes/core")
const aliases = given.length > 0 ? given : ["노드", "파드"]
const source = await readContentDir(dir)
const builder = createDirBuilder({ cache: cacheDir })
await builder.build(source)
const turn = () => new Promise((resolve) => setImmediate(resolve))
let glossary = source.glossary ? new TextDecoder().decode(source.glossary.bytes) : ""
const updates = []
for (const [i, alias] of aliases.entries()) {
  glossary += `\nEverywhere${i}:\n  aliases: [${alias}]\n`
  await turn()
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const { graph } = await builder.update({
    glossary: { path: "glossary.yaml", bytes: new TextEncoder().encode(glossary) },
  })
  const cpu = process.cpuUsage(cpuBefore)
  const mentions = graph.edges.filter((edge) => edge.kind === "mentions" && edge.to === `term:everywhere${i}`)
  updates.push({
    alias,
    wallMs: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mentions: mentions.length,
  })
}
console.log(
  JSON.stringify({ notes: source.notes.length, updates, maxRssMB: process.resourceUsage().maxRSS / 1024 }),
)
