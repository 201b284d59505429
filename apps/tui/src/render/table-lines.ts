/**
 * GFM tables with box-drawing borders. Column widths come from string-width, so Korean
 * cells line up; when the table is wider than the pane, the widest columns give way first
 * and their cells end in "…".
 */
import type { Table } from "mdast"
import { type LayoutContext, STYLES } from "./layout-context.ts"
import { measureWidth } from "./measure-width.ts"
import { nodeText } from "./node-text.ts"
import type { Line } from "./runs.ts"
import { sanitizeTerminalText } from "./sanitize-terminal-text.ts"

export function tableLines(node: Table, _ctx: LayoutContext, width: number): Line[] {
  const rows = node.children.map((row) =>
    row.children.map((cell) => sanitizeTerminalText(nodeText(cell)).trim()),
  )
  const columns = Math.max(0, ...rows.map((row) => row.length))
  if (columns === 0) return []
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(1, ...rows.map((row) => measureWidth(row[c] ?? ""))),
  )
  // Borders take 3 columns per cell plus one.
  const budget = Math.max(columns, width - (3 * columns + 1))
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths))
    if ((widths[widest] ?? 1) <= 1) break
    widths[widest] = (widths[widest] ?? 1) - 1
  }
  const align = node.align ?? []
  const rule = (l: string, m: string, r: string) => ({
    text: l + widths.map((w) => "─".repeat(w + 2)).join(m) + r,
    style: STYLES.marker,
  })
  const lines: Line[] = [[rule("┌", "┬", "┐")]]
  rows.forEach((row, r) => {
    const line = [{ text: "│", style: STYLES.marker }] as { text: string; style?: object }[]
    widths.forEach((w, c) => {
      const cell = fitCell(row[c] ?? "", w, align[c] ?? null)
      line.push({ text: ` ${cell} `, ...(r === 0 ? { style: STYLES.strong } : {}) })
      line.push({ text: "│", style: STYLES.marker })
    })
    lines.push(line)
    if (r === 0 && rows.length > 1) lines.push([rule("├", "┼", "┤")])
  })
  lines.push([rule("└", "┴", "┘")])
  return lines
}

function fitCell(text: string, width: number, align: "left" | "right" | "center" | null): string {
  let out = text
  if (measureWidth(out) > width) {
    let cut = ""
    for (const ch of out) {
      if (measureWidth(`${cut}${ch}…`) > width) break
      cut += ch
    }
    out = `${cut}…`
  }
  const pad = Math.max(0, width - measureWidth(out))
  if (align === "right") return " ".repeat(pad) + out
  if (align === "center") return " ".repeat(Math.floor(pad / 2)) + out + " ".repeat(Math.ceil(pad / 2))
  return out + " ".repeat(pad)
}
