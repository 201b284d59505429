/** What the study commands share: the deck of the chosen notes, a scope from --topic, the progress file. */
import type { GraphQuery } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import { type Card, createDeck } from "@kube-notes/study"
import { sanitizeTerminalText } from "../../render/sanitize-terminal-text.ts"
import { resolveNode } from "../../source/resolve-node.ts"
import { getProgressFile, type LoadedProgress, loadProgress } from "../../state/progress-file.ts"
import type { CliIo } from "../io.ts"
import type { ParsedArgs } from "../parse-command-args.ts"
import { UsageError } from "../usage-error.ts"
import { loadSource } from "./shared.ts"

export interface LoadedDeck {
  readonly query: GraphQuery
  readonly deck: Card[]
}

export async function loadDeck(values: ParsedArgs["values"], io: CliIo): Promise<LoadedDeck> {
  const { graph, getBody } = await loadSource(values, io)
  return { query: createGraphQuery(graph), deck: createDeck(graph, { getBody }) }
}

/** --topic ID|number|title → a topic or note id; anything else is a usage error that says why. */
export function resolveScope(query: GraphQuery, topic: string | boolean | undefined): string | undefined {
  if (typeof topic !== "string") return undefined
  const found = resolveNode(query, topic)
  if ("missing" in found)
    throw new UsageError(
      `No topic or note is called "${sanitizeTerminalText(topic)}". See \`kube-notes topics\`.`,
    )
  if ("ambiguous" in found)
    throw new UsageError(
      `"${sanitizeTerminalText(topic)}" names several: ${found.ambiguous.map((n) => sanitizeTerminalText(n.id)).join(", ")}. Give the id.`,
    )
  if (found.found.kind !== "topic" && found.found.kind !== "note")
    throw new UsageError(
      `--topic takes a topic or a note; "${sanitizeTerminalText(topic)}" is a ${found.found.kind}.`,
    )
  return found.found.id
}

/** The progress file of this environment; a damaged one is moved aside and said so on stderr. */
export function readProgress(io: CliIo): LoadedProgress & { readonly file: string } {
  const file = getProgressFile(io.env)
  let loaded: LoadedProgress
  try {
    loaded = loadProgress(file)
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (loaded.warning) io.stderr.write(`kube-notes: ${loaded.warning}\n`)
  return { ...loaded, file }
}
