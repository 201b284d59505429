/** What several commands share: loading the graph from the source options, counting. */
import type { Diagnostic, GraphQuery, Severity } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import type { LoadedGraph } from "../../source/bodies.ts"
import { loadGraphForReader, loadGraphFrom, type ReaderGraph } from "../../source/load-graph.ts"
import type { CliIo } from "../io.ts"
import type { ParsedArgs } from "../parse-command-args.ts"
import { stringOption } from "../parse-command-args.ts"
import { UsageError } from "../usage-error.ts"

export async function loadQuery(values: ParsedArgs["values"], io: CliIo): Promise<GraphQuery> {
  return createGraphQuery((await loadSource(values, io)).graph)
}

/** The graph named by --content / --graph (default: the packaged notes), with its bodies. */
export function loadSource(values: ParsedArgs["values"], io: CliIo): Promise<LoadedGraph> {
  return loadGraphFrom(sourceOptions(values, io))
}

function sourceOptions(values: ParsedArgs["values"], io: CliIo) {
  return {
    content: stringOption(values.content),
    graph: stringOption(values.graph),
    cwd: io.cwd,
    env: io.env,
  }
}

/** The same, for the reader: maybe the first screen beside graph.json first (loadGraphForReader). */
export function loadReaderSource(
  values: ParsedArgs["values"],
  io: CliIo,
  lastId: string | undefined,
): Promise<ReaderGraph> {
  return loadGraphForReader(sourceOptions(values, io), lastId)
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

export function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}

export function expectPositionals(
  positionals: string[],
  count: number,
  command: string,
  /** What the command takes, e.g. `(m) => m.errors.oneNode`. */
  what: (messages: Messages) => string,
): string[] {
  if (positionals.length !== count) throw new UsageError((m) => m.errors.takes(command, what(m)))
  return positionals
}

export function expectNone(positionals: string[], command: string): void {
  const [first] = positionals
  if (first !== undefined) throw new UsageError((m) => m.errors.unexpectedArgument(first, command))
}
