/** What several commands share: loading the graph from the source options, counting. */
import type { Diagnostic, Graph, GraphQuery, Severity } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import { loadGraphFrom } from "../../source/load-graph.ts"
import type { CliIo } from "../io.ts"
import type { ParsedArgs } from "../parse-command-args.ts"
import { stringOption } from "../parse-command-args.ts"
import { UsageError } from "../usage-error.ts"

export async function loadQuery(values: ParsedArgs["values"], io: CliIo): Promise<GraphQuery> {
  return createGraphQuery(await loadSource(values, io))
}

/**
 * The graph named by --content / --graph (default: the packaged notes). `cached`: use the
 * reader's cache of a --graph file (the interactive reader, unless --no-cache).
 */
export function loadSource(values: ParsedArgs["values"], io: CliIo, cached = false): Promise<Graph> {
  return loadGraphFrom({
    content: stringOption(values.content),
    graph: stringOption(values.graph),
    cwd: io.cwd,
    env: io.env,
    cacheEnv: cached && !values["no-cache"] ? io.env : undefined,
  })
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

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`
}

export function expectPositionals(
  positionals: string[],
  count: number,
  command: string,
  what: string,
): string[] {
  if (positionals.length !== count)
    throw new UsageError(`${command} takes ${what}. See \`kube-notes ${command} --help\`.`)
  return positionals
}

export function expectNone(positionals: string[], command: string): void {
  if (positionals.length > 0)
    throw new UsageError(`Unexpected argument "${positionals[0]}". See \`kube-notes ${command} --help\`.`)
}
