/**
 * Fenced code: a gutter, the language, and the code itself, highlighted when a highlighter
 * is given. Commands core found in the fence become focusables on the line that holds them.
 */
import type { Code } from "mdast"
import wrapAnsi from "wrap-ansi"
import { addFocusable, type LayoutContext, STYLES } from "./layout-context.ts"
import { measureWidth } from "./measure-width.ts"
import type { Line, Run } from "./runs.ts"
import { sanitizeTerminalText } from "./sanitize-terminal-text.ts"

export function codeLines(node: Code, ctx: LayoutContext, width: number): Line[] {
  const lang = node.lang ? sanitizeTerminalText(node.lang) : undefined
  const code = sanitizeTerminalText(node.value, { multiline: true })
  const plain = code.split("\n")
  // The highlighter receives sanitised code, so its output holds only its own SGR codes.
  const highlighted = ctx.highlight?.(code, lang)?.replace(/\n$/, "").split("\n")
  const source = highlighted && highlighted.length === plain.length ? highlighted : undefined

  const focusByLine = new Map<number, number>()
  for (const commandId of node.data?.commandIds ?? []) {
    const command = ctx.query.getNodeOfKind(commandId, "command")
    if (!command) continue
    const at = Math.max(
      0,
      plain.findIndex((line) => line.includes(command.text)),
    )
    if (focusByLine.has(at)) continue
    focusByLine.set(
      at,
      addFocusable(ctx, { kind: "command", id: commandId, label: sanitizeTerminalText(command.text) }),
    )
  }

  const inner = Math.max(1, width - 2)
  const lines: Line[] = [[{ text: `╭ ${lang ?? ctx.messages.reader.code}`, style: STYLES.marker }]]
  plain.forEach((text, index) => {
    const focus = focusByLine.get(index)
    const gutter: Run =
      focus === undefined
        ? { text: "│ ", style: STYLES.marker }
        : { text: "▶ ", style: STYLES.command, focus }
    const content = source?.[index]
    const pieces =
      measureWidth(content ?? text) <= inner
        ? [content ?? text]
        : wrapAnsi(content ?? text, inner, { hard: true, trim: false }).split("\n")
    pieces.forEach((piece, p) => {
      const run: Run = content === undefined ? { text: piece } : { text: piece, raw: true }
      lines.push([p === 0 ? gutter : { text: "│ ", style: STYLES.marker }, run])
    })
  })
  lines.push([{ text: "╰", style: STYLES.marker }])
  return lines
}
