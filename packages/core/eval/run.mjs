// The extraction eval: builds the style corpus (eval/corpus) and scores it against the gold
// answers (eval/gold). Run with `pnpm -F @kube-notes/core eval` (it builds core first).
//   --record-before   store today's numbers as the "before" column (eval/before.json)
//   --verbose         list what was missed and what was extra
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { parse } from "yaml"
import { buildGraph, createMemorySource } from "../dist/index.js"
import { scoreGraph } from "./score.mjs"

const here = new URL(".", import.meta.url)
const args = new Set(process.argv.slice(2))
const heldOut = new Set(JSON.parse(readFileSync(new URL("held-out.json", here), "utf8")).notes)
const files = readdirSync(new URL("corpus/", here))
  .filter((name) => name.endsWith(".md"))
  .sort()

async function scoreSet(names) {
  const notes = Object.fromEntries(
    names.map((name) => [name, readFileSync(new URL(`corpus/${name}`, here), "utf8")]),
  )
  const golds = names.map((name) => ({
    key: name.replace(/\.md$/, ""),
    ...parse(readFileSync(new URL(`gold/${name.replace(/\.md$/, ".yaml")}`, here), "utf8")),
  }))
  const { graph } = await buildGraph(createMemorySource(notes))
  return scoreGraph(graph, golds)
}

const sets = {
  tuning: await scoreSet(files.filter((f) => !heldOut.has(f))),
  "held-out": await scoreSet(files.filter((f) => heldOut.has(f))),
}

const fmt = (n) => n.toFixed(2)
function rows(result) {
  return {
    "term precision": fmt(result.terms.precision),
    "term recall": fmt(result.terms.recall),
    "command exact match (recall)": fmt(result.commands.recall),
    "command precision": fmt(result.commands.precision),
    "commands ending in \\": String(result.backslashEnded),
    "option precision": fmt(result.options.precision),
    "option recall": fmt(result.options.recall),
    "topic precision": fmt(result.topics.precision),
    "topic recall": fmt(result.topics.recall),
  }
}
const now = Object.fromEntries(Object.entries(sets).map(([name, result]) => [name, rows(result)]))

if (args.has("--verbose")) {
  // Only the tuning set: the held-out notes' misses are not looked at while rules are written.
  for (const [name, result] of Object.entries(sets).filter(([name]) => name === "tuning")) {
    console.log(`\n## ${name}`)
    for (const kind of ["terms", "commands", "options", "topics"]) {
      console.log(`${kind} missed:`, JSON.stringify(result[kind].missed))
      console.log(`${kind} extra:`, JSON.stringify(result[kind].extra))
    }
  }
}

const beforeUrl = new URL("before.json", here)
if (args.has("--record-before")) writeFileSync(beforeUrl, `${JSON.stringify(now, null, 2)}\n`)
const before = JSON.parse(readFileSync(beforeUrl, "utf8"))

const lines = [
  "| measure | tuning before | tuning after | held-out before | held-out after |",
  "|---|---|---|---|---|",
  ...Object.keys(now.tuning).map(
    (measure) =>
      `| ${measure.replace("\\", "\\\\")} | ${before.tuning?.[measure] ?? "–"} | ${now.tuning[measure]} | ${before["held-out"]?.[measure] ?? "–"} | ${now["held-out"][measure]} |`,
  ),
]
const table = lines.join("\n")
console.log(table)

const docUrl = new URL("../../../docs/extraction.md", here)
const doc = readFileSync(docUrl, "utf8")
const start = "<!-- eval:start -->"
const end = "<!-- eval:end -->"
const counts = `${files.length - heldOut.size} tuning notes, ${heldOut.size} held-out notes.`
const next = doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${counts}\n\n${table}\n${end}`)
writeFileSync(docUrl, next)
console.log(`\nwrote docs/extraction.md (${counts})`)
