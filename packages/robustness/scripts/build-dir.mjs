// Builds one folder of notes the way the CLI does (buildGraphFromDir, cold) in a process of its
// own, and prints one JSON line: how long it took, the process's peak memory, what came out,
// and whether the graph validates. A separate process per case keeps the peak memory honest
// and lets a test kill a build that hangs.
import { buildGraphFromDir } from "@kube-notes/core"
import { validateGraph } from "@kube-notes/core/schema"

const [dir, threadsArg] = process.argv.slice(2)
if (!dir) {
  console.error("Usage: node scripts/build-dir.mjs <dir> [threads]")
  process.exit(2)
}
const result = { dir }
const started = performance.now()
try {
  const { graph, bodies } = await buildGraphFromDir(dir, {
    cache: false,
    ...(threadsArg ? { threads: Number(threadsArg) } : {}),
  })
  result.buildMs = Math.round(performance.now() - started)
  result.nodes = graph.nodes.length
  result.edges = graph.edges.length
  result.noteIds = graph.nodes.filter((node) => node.kind === "note").map((node) => node.id)
  result.rules = [...new Set(graph.diagnostics.map((d) => `${d.severity} ${d.rule}`))].sort()
  try {
    result.jsonBytes = JSON.stringify(graph).length
    // The bodies are written apart from graph.json (one file per note): each must serialise too.
    result.bodiesBytes = 0
    for (const node of graph.nodes)
      if (node.kind === "note") result.bodiesBytes += JSON.stringify(bodies.getNoteBodies(node.id)).length
  } catch (error) {
    result.jsonError = stackOf(error)
  }
  try {
    result.problems = validateGraph(graph).slice(0, 5)
  } catch (error) {
    result.validateError = stackOf(error)
  }
} catch (error) {
  result.buildError = stackOf(error)
}
result.totalMs = Math.round(performance.now() - started)
result.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)
console.log(JSON.stringify(result))

function stackOf(error) {
  return error instanceof Error
    ? (error.stack ?? error.message).split("\n").slice(0, 8).join("\n")
    : String(error)
}
