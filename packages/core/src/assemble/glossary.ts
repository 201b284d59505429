/**
 * The glossary sidecar (glossary.yaml): what extraction cannot guess. A mapping from a
 * term's name to its aliases and definition:
 *
 *   Kubelet:
 *     aliases: [큐블렛]
 *     definition: 각 노드에서 …
 */
import type { Diagnostic } from "@kube-notes/graph"
import { isMap, isScalar, LineCounter, parseDocument } from "yaml"
import { decodeNote } from "../analyze/decode.ts"
import { createDiagnostic } from "../diagnostics.ts"
import type { SourceFile } from "../source/types.ts"

export interface GlossaryEntry {
  name: string
  aliases: string[]
  definition: string
}

export function readGlossary(file: SourceFile | undefined): {
  entries: GlossaryEntry[]
  diagnostics: Diagnostic[]
} {
  if (!file) return { entries: [], diagnostics: [] }
  const decoded = decodeNote(file.path, file.bytes)
  if (decoded.text === undefined) return { entries: [], diagnostics: decoded.diagnostics }
  const diagnostics = [...decoded.diagnostics]
  const lineCounter = new LineCounter()
  const document = parseDocument(decoded.text, { lineCounter, uniqueKeys: true })
  const place = (offset: number | undefined) => {
    const at = lineCounter.linePos(offset ?? 0)
    return { line: at.line, column: at.col }
  }
  for (const error of document.errors.slice(0, 5)) {
    diagnostics.push(
      createDiagnostic(
        file.path,
        place(error.pos[0]),
        "malformed-glossary",
        `The glossary is not valid YAML (${error.message.split("\n")[0]}); fix it so its terms are used.`,
      ),
    )
  }
  if (document.errors.length > 0) return { entries: [], diagnostics }
  const root = document.contents
  if (root === null) return { entries: [], diagnostics }
  if (!isMap(root)) {
    diagnostics.push(
      createDiagnostic(
        file.path,
        place(undefined),
        "malformed-glossary",
        "The glossary must map each term's name to its aliases and definition; write `Name:` then `aliases:` and `definition:` under it.",
      ),
    )
    return { entries: [], diagnostics }
  }
  const entries: GlossaryEntry[] = []
  for (const pair of root.items) {
    const name = isScalar(pair.key)
      ? String(pair.key.value ?? "")
          .normalize("NFC")
          .trim()
      : ""
    const value: unknown = isMap(pair.value) || isScalar(pair.value) ? pair.value.toJSON() : undefined
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined
    if (!name || (value !== null && typeof value !== "object" && typeof value !== "string")) {
      diagnostics.push(
        createDiagnostic(
          file.path,
          place(offset),
          "malformed-glossary",
          `Glossary entry “${name || "(no name)"}” is not a name with aliases and a definition; it was skipped.`,
        ),
      )
      continue
    }
    const record = (typeof value === "object" && value !== null ? value : { definition: value ?? "" }) as {
      aliases?: unknown
      definition?: unknown
    }
    const aliases = Array.isArray(record.aliases)
      ? record.aliases.map((alias) => String(alias).normalize("NFC").trim()).filter(Boolean)
      : []
    const definition = typeof record.definition === "string" ? record.definition.normalize("NFC").trim() : ""
    entries.push({ name, aliases, definition })
  }
  return { entries, diagnostics }
}
