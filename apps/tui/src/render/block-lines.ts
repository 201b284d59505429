/**
 * mdast blocks → wrapped lines. Lists and quotes lay out their children at a narrower
 * width and prefix the result, so nesting never overflows the pane.
 */
import type { BlockContent, DefinitionContent, List, RootContent } from "mdast"
import { codeLines } from "./code-lines.ts"
import { inlineRuns } from "./inline-runs.ts"
import { type LayoutContext, STYLES } from "./layout-context.ts"
import { measureWidth } from "./measure-width.ts"
import type { Line, Run } from "./runs.ts"
import { sanitizeTerminalText } from "./sanitize-terminal-text.ts"
import { tableLines } from "./table-lines.ts"
import { wrapRuns } from "./wrap-runs.ts"

type Block = RootContent | BlockContent | DefinitionContent

/** Blocks separated by one blank line, the way a reader expects paragraphs. */
export function blockLines(
  nodes: readonly Block[],
  ctx: LayoutContext,
  width: number,
  tight = false,
): Line[] {
  const lines: Line[] = []
  for (const node of nodes) {
    const part = blockLine(node, ctx, width)
    if (part.length === 0) continue
    if (lines.length > 0 && !tight) lines.push([])
    lines.push(...part)
  }
  return lines
}

function blockLine(node: Block, ctx: LayoutContext, width: number): Line[] {
  switch (node.type) {
    case "paragraph":
      return wrapRuns(inlineRuns(node.children, ctx), width)
    case "heading": {
      const marker: Run = { text: `${"#".repeat(node.depth)} `, style: STYLES.marker }
      return wrapRuns([marker, ...inlineRuns(node.children, ctx, STYLES.heading)], width)
    }
    case "thematicBreak":
      return [[{ text: "─".repeat(Math.max(1, width)), style: STYLES.marker }]]
    case "blockquote":
      return prefixLines(blockLines(node.children, ctx, width - 2), "│ ", "│ ")
    case "list":
      return listLines(node, ctx, width)
    case "code":
      return codeLines(node, ctx, width)
    case "table":
      return tableLines(node, ctx, width)
    case "html":
      return wrapRuns(
        [{ text: sanitizeTerminalText(node.value, { multiline: true }), style: STYLES.html }],
        width,
      )
    case "footnoteDefinition":
      return prefixLines(
        blockLines(node.children, ctx, width - 4),
        `[^${sanitizeTerminalText(node.identifier)}] `,
        "    ",
      )
    case "termMention":
    case "commandMention":
      return wrapRuns(inlineRuns([node], ctx), width)
    default:
      return [] // definitions, front matter: nothing to show
  }
}

function listLines(list: List, ctx: LayoutContext, width: number): Line[] {
  const lines: Line[] = []
  const start = list.start ?? 1
  const last = start + list.children.length - 1
  const markerWidth = list.ordered ? `${last}. `.length : 2
  list.children.forEach((item, index) => {
    let marker = list.ordered ? `${start + index}.`.padEnd(markerWidth) : "• "
    if (item.checked === true) marker += "[x] "
    else if (item.checked === false) marker += "[ ] "
    const indent = measureWidth(marker)
    const body = blockLines(item.children, ctx, width - indent, !(item.spread || list.spread))
    if (list.spread && index > 0) lines.push([])
    lines.push(...prefixLines(body.length > 0 ? body : [[]], marker, " ".repeat(indent), STYLES.marker))
  })
  return lines
}

export function prefixLines(lines: Line[], first: string, rest: string, style = STYLES.marker): Line[] {
  return lines.map((line, index) => [{ text: index === 0 ? first : rest, style }, ...line])
}
