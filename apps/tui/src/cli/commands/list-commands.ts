/** `kube-notes topics | terms | commands`: listings for scripts, JSON with --json. */
import type { GraphNode, GraphQuery } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import { displayTitle } from "../../render/node-document.ts"
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs, stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { expectNone, loadQuery } from "./shared.ts"

export async function runTopics(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("topics", args)
  expectNone(positionals, "topics")
  const query = await loadQuery(values, io)
  const rows = listTopics(query)
  if (values.json) printJson(io, rows)
  else
    for (const row of rows) printLine(io, `${"  ".repeat(row.level)}${clean(row.display)}  ${clean(row.id)}`)
  return EXIT.ok
}

export function listTopics(query: GraphQuery) {
  const rows: {
    id: string
    kind: "note" | "topic"
    title: string
    number?: string
    level: number
    parent?: string
    display: string
  }[] = []
  const visit = (node: GraphNode, level: number, parent?: string) => {
    if (node.kind !== "note" && node.kind !== "topic") return
    rows.push({
      id: node.id,
      kind: node.kind,
      title: node.title,
      ...(node.kind === "topic" && node.number ? { number: node.number } : {}),
      level,
      ...(parent ? { parent } : {}),
      display: displayTitle(node),
    })
    for (const child of query.getChildren(node.id)) visit(child, level + 1, node.id)
  }
  for (const note of query.listNodes("note")) visit(note, 0)
  return rows
}

export async function runTerms(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("terms", args)
  expectNone(positionals, "terms")
  const query = await loadQuery(values, io)
  const terms = query
    .listNodes("term")
    .map(({ id, title, aliases, definition }) => ({ id, title, aliases, definition }))
  if (values.json) printJson(io, terms)
  else
    for (const t of terms) {
      const aliases = t.aliases.length > 0 ? ` (${t.aliases.join(", ")})` : ""
      printLine(io, clean(`${t.title}${aliases} — ${t.definition || m.output.noDefinition}`))
    }
  return EXIT.ok
}

export async function runCommands(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("commands", args)
  expectNone(positionals, "commands")
  const tool = stringOption(values.tool)?.toLowerCase()
  const shell = stringOption(values.shell)?.toLowerCase()
  const query = await loadQuery(values, io)
  const commands = query
    .listNodes("command")
    .filter(
      (c) =>
        (tool === undefined || c.tool.toLowerCase() === tool) &&
        (shell === undefined || c.shells.some((s) => s.toLowerCase() === shell)),
    )
    .map(({ id, text, tool, shell, shells }) => ({ id, text, tool, ...(shell ? { shell } : {}), shells }))
  if (values.json) printJson(io, commands)
  else
    for (const c of commands)
      printLine(io, clean(`${c.text}${c.shells.length > 0 ? `    [${c.shells.join(", ")}]` : ""}`))
  return EXIT.ok
}
