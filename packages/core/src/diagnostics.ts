/**
 * Diagnostics: content problems are data with a place, a rule id and a fix, never exceptions.
 */
import type { Diagnostic, Severity } from "@kube-notes/graph"

/** Every rule core reports, with its default severity. The README and docs/diagnostics.md list them. */
export const RULES = {
  "not-utf8": "error",
  "binary-file": "error",
  "malformed-frontmatter": "error",
  "unreadable-file": "error",
  "malformed-glossary": "error",
  "invalid-config": "error",
  "unparsable-note": "error",
  "empty-note": "warning",
  "nested-too-deep": "warning",
  "missing-asset": "warning",
  "unsafe-path": "warning",
  "broken-link": "warning",
  "duplicate-id": "warning",
  "duplicate-heading": "info",
  "numbering-gap": "warning",
  "term-candidate": "info",
} as const satisfies Record<string, Severity>

export type RuleId = keyof typeof RULES

export interface Place {
  line: number
  column: number
}

/**
 * 1-based line and column (UTF-16 code units) of an offset in `text`, counted from the text
 * itself: yaml's LineCounter knows only the line starts its parser met, and placed an error
 * in a multi-line plain scalar on an earlier, shorter line (a column past that line's end).
 */
export function placeAt(text: string, offset: number): Place {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

export function createDiagnostic(
  file: string,
  place: Place | undefined,
  rule: RuleId,
  message: string,
): Diagnostic {
  return {
    file,
    line: Math.max(1, place?.line ?? 1),
    column: Math.max(1, place?.column ?? 1),
    rule,
    severity: RULES[rule],
    message,
  }
}

/** Orders diagnostics by file, then place, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  )
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** `file:line:column severity rule message`, the format `kube-notes check` prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`
}
