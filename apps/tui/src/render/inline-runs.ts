/**
 * mdast phrasing content → styled runs. One small case per node type; every piece of text
 * from the note is sanitised here, so nothing below can print an escape byte of it.
 */
import type { PhrasingContent } from "mdast"
import { addFocusable, type LayoutContext, STYLES } from "./layout-context.ts"
import type { Run } from "./runs.ts"
import { sanitizeTerminalText } from "./sanitize-terminal-text.ts"
import type { Style } from "./style.ts"

const clean = (text: string) => sanitizeTerminalText(text)

export function inlineRuns(nodes: readonly PhrasingContent[], ctx: LayoutContext, inherited?: Style): Run[] {
  return nodes.flatMap((node) => inlineRun(node, ctx, inherited))
}

function inlineRun(node: PhrasingContent, ctx: LayoutContext, inherited: Style | undefined): Run[] {
  switch (node.type) {
    case "text":
      return [withStyle(clean(node.value), inherited)]
    case "strong":
      return inlineRuns(node.children, ctx, inherited?.italic ? STYLES.strongEmphasis : STYLES.strong)
    case "emphasis":
      return inlineRuns(node.children, ctx, inherited?.bold ? STYLES.strongEmphasis : STYLES.emphasis)
    case "delete":
      return inlineRuns(node.children, ctx, STYLES.delete)
    case "inlineCode":
      return [{ text: clean(node.value), style: STYLES.code }]
    case "break":
      return [{ text: "\n" }]
    case "termMention": {
      const text = clean(node.children.map((child) => child.value).join(""))
      const focus = addFocusable(ctx, { kind: "term", id: node.termId, label: text })
      return [{ text, style: STYLES.term, focus }]
    }
    case "commandMention": {
      const text = clean(node.children.map((child) => child.value).join(""))
      const focus = addFocusable(ctx, { kind: "command", id: node.commandId, label: text })
      return [{ text, style: STYLES.command, focus }]
    }
    case "link": {
      const target = node.data?.targetId
      const label = inlineRuns(node.children, ctx, STYLES.link)
      if (target && ctx.query.getNode(target)) {
        const focus = addFocusable(ctx, { kind: "node", id: target, label: plainText(label) })
        return label.map((run) => ({ ...run, focus }))
      }
      const url = clean(node.url)
      const labelText = plainText(label)
      const runs: Run[] = label.map((run) => ({ ...run, url }))
      // Without hyperlinks the URL would be lost: show it after the label when they differ.
      if (labelText !== url && url !== "") runs.push({ text: ` <${url}>`, style: STYLES.dim })
      return runs
    }
    case "image": {
      const text = imagePlaceholder(node.alt ?? "", node.url, node.data?.assetId, ctx)
      // A picture on another host is never loaded here: the label links to it (OSC 8, where the
      // terminal has hyperlinks; applyHyperlink refuses every scheme but http(s) and mailto).
      const remote = !node.data?.assetId && /^https?:\/\//i.test(node.url)
      return [remote ? { text, style: STYLES.image, url: clean(node.url) } : { text, style: STYLES.image }]
    }
    case "footnoteReference":
      return [{ text: `[^${clean(node.label ?? node.identifier)}]`, style: STYLES.dim }]
    case "html":
      return [{ text: clean(node.value), style: STYLES.html }]
    case "linkReference":
    case "imageReference":
      return "children" in node
        ? inlineRuns(node.children, ctx, inherited)
        : [{ text: clean(node.alt ?? "") }]
    default:
      return []
  }
}

/** `[이미지: alt · images/x.png (없음)]`: the terminal cannot show it, so say what it is. */
export function imagePlaceholder(
  alt: string,
  url: string,
  assetId: string | undefined,
  ctx: LayoutContext,
): string {
  const asset = assetId ? ctx.query.getNodeOfKind(assetId, "asset") : undefined
  const where = clean(asset?.path ?? url)
  const { reader } = ctx.messages
  const missing = asset && !asset.exists ? ` ${reader.missing}` : ""
  const label = clean(alt).trim()
  return `[${reader.image}${label ? `: ${label}` : ""} · ${where}${missing}]`
}

function withStyle(text: string, style: Style | undefined): Run {
  return style ? { text, style } : { text }
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("")
}
