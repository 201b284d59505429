/**
 * The glossary sidecar (glossary.yaml): what extraction cannot guess. A mapping from a
 * term's name to its aliases and definition:
 *
 *   Kubelet:
 *     aliases: [큐블렛]
 *     definition: 각 노드에서 …
 *
 * One key is not a term: `exclude:` lists names that must never become terms, even with
 * evidence (`exclude: [Running, 정지]`).
 */
import type { Diagnostic } from "@kube-notes/graph"
import { isMap, isScalar, isSeq, parseDocument } from "yaml"
import { decodeNote } from "../analyze/decode.ts"
import { createDiagnostic, placeAt } from "../diagnostics.ts"
import type { SourceFile } from "../source/types.ts"

export interface GlossaryEntry {
  name: string
  aliases: string[]
  definition: string
}

/** The key that lists rejected names instead of naming a term. */
export const EXCLUDE_KEY = "exclude"

export interface Glossary {
  entries: GlossaryEntry[]
  /** Names (as written) that never become terms. */
  exclude: string[]
  diagnostics: Diagnostic[]
}

export function readGlossary(file: SourceFile | undefined): Glossary {
  const read = readEntries(file)
  const exclude: string[] = []
  const entries = read.entries.filter((entry) => {
    if (entry.name !== EXCLUDE_KEY) return true
    exclude.push(...entry.aliases)
    return false
  })
  return { entries, exclude, diagnostics: read.diagnostics }
}

function readEntries(file: SourceFile | undefined): {
  entries: GlossaryEntry[]
  diagnostics: Diagnostic[]
} {
  if (!file) return { entries: [], diagnostics: [] }
  const decoded = decodeNote(file.path, file.bytes)
  if (decoded.text === undefined) return { entries: [], diagnostics: decoded.diagnostics }
  const diagnostics = [...decoded.diagnostics]
  const { text } = decoded
  const document = parseDocument(text, { uniqueKeys: true })
  const place = (offset: number | undefined) => placeAt(text, offset ?? 0)
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
    if (name === EXCLUDE_KEY && isSeq(pair.value)) {
      // Read as an entry whose aliases are the excluded names; readGlossary takes it apart.
      const names = pair.value.items.map((item) => (isScalar(item) ? String(item.value ?? "") : ""))
      entries.push({
        name,
        aliases: names.map((n) => n.normalize("NFC").trim()).filter(Boolean),
        definition: "",
      })
      continue
    }
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
