/**
 * What the reader shows for any graph node: a topic or note renders its mdast; a term,
 * command, resource or asset gets a page built from its fields; every page ends with the
 * places that point at it, as focusable links.
 */
import { type CommandOption, type GraphNode, type GraphQuery, groupCommandOptions } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import type { Root } from "mdast"
import { blockLines, prefixLines } from "./block-lines.ts"
import { addFocusable, type LayoutContext, STYLES } from "./layout-context.ts"
import type { Document, Line, Run } from "./runs.ts"
import { sanitizeTerminalText } from "./sanitize-terminal-text.ts"
import { wrapRuns } from "./wrap-runs.ts"

export interface DocumentOptions {
  readonly width: number
  /** The language of the labels the page adds ("Aliases", "Mentioned in"…). */
  readonly messages: Messages
  /** A note's or topic's body (its mdast is kept apart from the graph); none: no body shown. */
  readonly getBody?: (id: string) => Root | undefined
  readonly highlight?: LayoutContext["highlight"]
}

export function buildNodeDocument(node: GraphNode, query: GraphQuery, options: DocumentOptions): Document {
  const label = options.messages.reader
  const ctx: LayoutContext = {
    query,
    messages: options.messages,
    focusables: [],
    ...(options.highlight ? { highlight: options.highlight } : {}),
  }
  const width = Math.max(10, options.width)
  const lines: Line[] = wrapRuns([{ text: displayTitle(node), style: STYLES.title }], width)
  const add = (part: Line[]) => {
    if (part.length === 0) return
    lines.push([], ...part)
  }

  switch (node.kind) {
    case "note":
    case "topic":
      add(blockLines(options.getBody?.(node.id)?.children ?? [], ctx, width))
      add(listSection(label.subtopics, query.getChildren(node.id), ctx, width))
      break
    case "term":
      if (node.aliases.length > 0) add(field(label.aliases, node.aliases.join(", "), width))
      add(blockLines(paragraphs(node.definition || label.noDefinition), ctx, width))
      add(
        listSection(
          label.definedIn,
          query.getNeighbours(node.id, { kinds: ["defines"], direction: "in" }),
          ctx,
          width,
        ),
      )
      add(
        listSection(
          label.mentionedIn,
          query.getNeighbours(node.id, { kinds: ["mentions"], direction: "in" }),
          ctx,
          width,
        ),
      )
      break
    case "command":
      add(blockLines([{ type: "code", lang: node.shell ?? null, value: node.text }], ctx, width))
      add(
        field(label.tool, node.tool + (node.shells.length > 0 ? ` · ${node.shells.join(", ")}` : ""), width),
      )
      if (node.description) add(field(label.description, node.description, width))
      add(optionSection(query.getCommandOptions(node.id), width, options.messages.optionRoles))
      add(
        listSection(
          label.usedIn,
          query.getNeighbours(node.id, { kinds: ["uses"], direction: "in" }),
          ctx,
          width,
        ),
      )
      break
    case "resource":
      add(
        wrapRuns(
          [{ text: sanitizeTerminalText(node.url), style: STYLES.link, url: sanitizeTerminalText(node.url) }],
          width,
        ),
      )
      add(listSection(label.citedIn, query.getBacklinks(node.id), ctx, width))
      break
    case "asset":
      add(field(label.path, `${node.path}${node.exists ? "" : ` ${label.missing}`}`, width))
      add(listSection(label.shownIn, query.getBacklinks(node.id), ctx, width))
      break
  }
  if (node.kind === "topic" || node.kind === "note")
    add(listSection(label.linkedFrom, linkedFrom(node.id, query), ctx, width))

  lines.forEach((line, index) => {
    for (const run of line) {
      const f = run.focus === undefined ? undefined : ctx.focusables[run.focus]
      if (f && f.line < 0) f.line = index
    }
  })
  return { lines, focusables: ctx.focusables }
}

/** "1-1) 쿠버네티스 용어": the number as the author wrote it, then the title. */
export function displayTitle(node: GraphNode): string {
  const title = sanitizeTerminalText(node.title)
  if (node.kind === "topic" && node.number)
    return `${node.number}${node.number.includes("-") ? ")" : "."} ${title}`
  return title
}

function linkedFrom(id: string, query: GraphQuery): GraphNode[] {
  return query.getNeighbours(id, { kinds: ["links"], direction: "in" })
}

function field(label: string, value: string, width: number): Line[] {
  return wrapRuns(
    [{ text: `${label}: `, style: STYLES.strong }, { text: sanitizeTerminalText(value) }],
    width,
  )
}

function listSection(label: string, nodes: GraphNode[], ctx: LayoutContext, width: number): Line[] {
  if (nodes.length === 0) return []
  const lines: Line[] = [[{ text: label, style: STYLES.heading }]]
  for (const target of nodes) {
    const text = displayTitle(target)
    const focus = addFocusable(ctx, { kind: "node", id: target.id, label: text })
    const runs: Run[] = [{ text, style: STYLES.link, focus }]
    const note = target.kind === "topic" ? ctx.query.getNode(target.note) : undefined
    if (note) runs.push({ text: ` · ${sanitizeTerminalText(note.title)}`, style: STYLES.dim })
    lines.push(...prefixLines(wrapRuns(runs, width - 2), "• ", "  "))
  }
  return lines
}

/**
 * A command's options, output columns and keys, then each file format's keywords it reads
 * (`Dockerfile keywords`): one group each, `name  description` a line.
 */
function optionSection(options: CommandOption[], width: number, roles: Messages["optionRoles"]): Line[] {
  const lines: Line[] = []
  for (const group of groupCommandOptions(options)) {
    if (lines.length > 0) lines.push([])
    const title = group.role === "keyword" ? roles.keyword(group.format ?? "") : roles[group.role]
    lines.push([{ text: sanitizeTerminalText(title), style: STYLES.heading }])
    for (const option of group.options) {
      const runs: Run[] = [
        { text: sanitizeTerminalText(option.name), style: STYLES.code },
        { text: `  ${sanitizeTerminalText(option.description)}` },
      ]
      lines.push(...prefixLines(wrapRuns(runs, width - 2), "• ", "  "))
    }
  }
  return lines
}

function paragraphs(text: string): Root["children"] {
  return text.split(/\n{2,}/).map((value) => ({ type: "paragraph", children: [{ type: "text", value }] }))
}
