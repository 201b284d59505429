/** `kube-notes stats`: counts by node kind, edge kind and diagnostic severity. */
import type { Messages } from "@kube-notes/messages"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { countBy, countSeverities, expectNone, loadQuery } from "./shared.ts"

export async function runStats(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("stats", args)
  expectNone(positionals, "stats")
  const { graph } = await loadQuery(values, io)
  const stats = {
    schemaVersion: graph.schemaVersion,
    nodes: countBy(graph.nodes, (n) => n.kind),
    edges: countBy(graph.edges, (e) => e.kind),
    diagnostics: countSeverities(graph.diagnostics),
  }
  if (values.json) {
    printJson(io, stats)
    return EXIT.ok
  }
  const rows = (title: string, counts: Record<string, number>) => {
    printLine(io, title)
    for (const [key, n] of Object.entries(counts).sort())
      printLine(io, `  ${key.padEnd(10)} ${String(n).padStart(6)}`)
  }
  rows(m.output.statsNodes(graph.nodes.length), stats.nodes)
  rows(m.output.statsEdges(graph.edges.length), stats.edges)
  rows(m.output.statsDiagnostics(graph.diagnostics.length), stats.diagnostics)
  return EXIT.ok
}
