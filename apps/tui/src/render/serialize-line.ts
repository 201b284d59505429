/** Runs → the string written to the terminal: our styles, focus highlight, hyperlinks. */
import type { Document, Line } from "./runs.ts"
import { applyHyperlink, applyStyle, type Style } from "./style.ts"
import type { TerminalCapabilities } from "./terminal-capabilities.ts"

const FOCUSED: Style = { inverse: true, bold: true }
const ANSI = /\u001b\[[0-9;]*m/g

export function serializeLine(line: Line, caps: TerminalCapabilities, focused = -1): string {
  let out = ""
  for (const run of line) {
    const isFocused = run.focus !== undefined && run.focus === focused
    if (run.raw) {
      out += caps.color ? run.text : run.text.replace(ANSI, "")
      continue
    }
    let text = run.text
    // Without colour, the focused mention needs another mark: brackets.
    if (isFocused && !caps.color) text = `[${text}]`
    const styled = applyStyle(text, isFocused ? { ...run.style, ...FOCUSED } : (run.style ?? {}), caps.color)
    out += run.url ? applyHyperlink(styled, run.url, caps.hyperlinks) : styled
  }
  return out
}

export function documentToText(doc: Document, caps: TerminalCapabilities): string {
  return doc.lines.map((line) => serializeLine(line, caps)).join("\n")
}
