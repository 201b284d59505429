/**
 * The plain text of an mdast tree: text, inline code and code values (which include the
 * custom termMention/commandMention children), one block per line. Core stores it in each
 * note and topic as `text` (what search indexes and previews show) so readers of graph.json
 * need no bodies for that.
 */
import type { Nodes, Root } from "mdast"

const BLOCKS: ReadonlySet<string> = new Set([
  "paragraph",
  "heading",
  "code",
  "listItem",
  "tableCell",
  "blockquote",
])

export function getMdastText(tree: Root | undefined): string {
  if (!tree) return ""
  const parts: string[] = []
  const visit = (node: Nodes): void => {
    if ("value" in node && typeof node.value === "string") {
      if (node.type === "text" || node.type === "inlineCode" || node.type === "code") parts.push(node.value)
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child)
    if (BLOCKS.has(node.type)) parts.push("\n")
  }
  visit(tree)
  return parts
    .join("")
    .replace(/[ \t\r]*\n[\s]*/g, "\n")
    .trim()
}
