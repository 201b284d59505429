/**
 * Front matter: a YAML mapping at the top of a note. Malformed YAML never stops the note:
 * the note builds without it and the problem is reported where the YAML says it is.
 */
import type { Diagnostic } from "@kube-notes/graph"
import type { Yaml } from "mdast"
import { parseDocument } from "yaml"
import { createDiagnostic, type Place, placeAt } from "../diagnostics.ts"

/** Front matter larger than this is not parsed (a runaway paste, not metadata). */
const MAX_FRONTMATTER_CHARS = 256 * 1024

export function readFrontmatter(
  path: string,
  node: Yaml | undefined,
): { data: Record<string, unknown>; diagnostics: Diagnostic[] } {
  if (!node) return { data: {}, diagnostics: [] }
  // The YAML starts one line below the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1
  const top = { line: firstLine, column: 1 }
  const ignored = (...problems: [Place, string][]) => ({
    data: {},
    diagnostics: problems.map(([place, message]) =>
      createDiagnostic(path, place, "malformed-frontmatter", message),
    ),
  })
  if (node.value.length > MAX_FRONTMATTER_CHARS) {
    return ignored([
      top,
      `Front matter is ${node.value.length} characters long (more than ${MAX_FRONTMATTER_CHARS}); it was ignored. Keep front matter to a few lines of metadata.`,
    ])
  }
  const document = parseDocument(node.value, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0) {
    return ignored(
      ...document.errors.slice(0, 5).map((error): [Place, string] => {
        const at = placeAt(node.value, error.pos[0])
        return [
          { line: firstLine + at.line - 1, column: at.column },
          `Front matter is not valid YAML (${firstSentence(error.message)}); the note was built without it. Fix the YAML between the --- lines.`,
        ]
      }),
    )
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    const reason = error instanceof Error ? firstSentence(error.message) : "unknown error"
    return ignored([
      top,
      `Front matter could not be read (${reason}); the note was built without it. Simplify the YAML.`,
    ])
  }
  if (value === null || value === undefined) return { data: {}, diagnostics: [] }
  if (typeof value !== "object" || Array.isArray(value)) {
    return ignored([
      top,
      "Front matter must be a mapping of keys to values (title: …); it was ignored. Write it as `key: value` lines.",
    ])
  }
  return { data: toPlainJson(value) as Record<string, unknown>, diagnostics: [] }
}

function firstSentence(message: string): string {
  return (
    message
      .split("\n")[0]
      ?.replace(/\s+at line.*$/, "")
      .trim() ?? message
  )
}

/** Dates and other YAML types become JSON-safe values so the graph stays plain data. */
function toPlainJson(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (Array.isArray(value)) return value.map(toPlainJson)
  if (value instanceof Map) return toPlainJson(Object.fromEntries(value))
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = toPlainJson(v)
    return out
  }
  if (typeof value === "bigint") return Number(value)
  if (typeof value === "number" && !Number.isFinite(value)) return null
  return value
}
