/** `kube-notes show`: one node, rendered as the reader would show it (plain when piped). */
import { createGraphQuery, type GraphNode, type GraphQuery } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import { buildNodeDocument, displayTitle } from "../../render/node-document.ts"
import { documentToText } from "../../render/serialize-line.ts"
import { detectCapabilities } from "../../render/terminal-capabilities.ts"
import { resolveNode } from "../../source/resolve-node.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs, parsePositiveInt } from "../parse-command-args.ts"
import { EXIT, UsageError } from "../usage-error.ts"
import { expectPositionals, loadSource } from "./shared.ts"

export async function runShow(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("show", args)
  const [wanted = ""] = expectPositionals(positionals, 1, "show", (t) => t.errors.oneNode)
  const width = parsePositiveInt(values.width, "width", io.stdout.columns ?? 80)
  const { graph, getBody } = await loadSource(values, io)
  const query = createGraphQuery(graph)
  const node = findNode(query, wanted)
  const plainCaps = { color: false, hyperlinks: false }
  if (values.json) {
    const text = documentToText(buildNodeDocument(node, query, { width, messages: m, getBody }), plainCaps)
    printJson(io, {
      id: node.id,
      kind: node.kind,
      title: node.title,
      breadcrumbs: query.getAncestors(node.id).map(summary),
      children: query.getChildren(node.id).map(summary),
      backlinks: query.getBacklinks(node.id).map(summary),
      text,
      node,
    })
    return EXIT.ok
  }
  const caps = detectCapabilities(io.env, io.stdout.isTTY === true)
  const crumbs = query.getAncestors(node.id).map((n) => displayTitle(n))
  if (crumbs.length > 0) printLine(io, crumbs.join(" › "))
  printLine(io, documentToText(buildNodeDocument(node, query, { width, messages: m, getBody }), caps))
  return EXIT.ok
}

function findNode(query: GraphQuery, wanted: string): GraphNode {
  const result = resolveNode(query, wanted)
  if ("found" in result) return result.found
  if ("ambiguous" in result)
    throw new UsageError((m) =>
      m.errors.ambiguous(
        wanted,
        result.ambiguous.length,
        result.ambiguous.map((n) => `  ${n.id}`).join("\n"),
      ),
    )
  throw new UsageError((m) => m.errors.nothingCalled(wanted, JSON.stringify(wanted)))
}

function summary(node: GraphNode): { id: string; kind: string; title: string } {
  return { id: node.id, kind: node.kind, title: node.title }
}
