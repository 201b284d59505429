/**
 * The content folder's settings file, `kube-notes.json`. A bad file never stops a build: every
 * problem becomes an `invalid-config` diagnostic at its place, and what could be read is kept
 * (a wrong `remoteImages` leaves `ignore` working). jsonc-parser gives offsets for values and
 * syntax errors alike, which `JSON.parse` does not.
 */
import type { Diagnostic } from "@kube-notes/graph"
import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser"
import { createDiagnostic, placeAt } from "../diagnostics.ts"

export const CONFIG_FILE = "kube-notes.json"

/** How the site shows `![alt](https://…)`: as the picture, or as a link to it (nothing loads). */
export const REMOTE_IMAGES = ["show", "link"] as const
export type RemoteImages = (typeof REMOTE_IMAGES)[number]

export interface ContentConfig {
  /** Top-level names or relative paths the folder reader skips. */
  readonly ignore: readonly string[]
  /** @default "show" */
  readonly remoteImages: RemoteImages
}

export const DEFAULT_CONFIG: ContentConfig = { ignore: [], remoteImages: "show" }

export interface ConfigReading {
  readonly config: ContentConfig
  readonly diagnostics: Diagnostic[]
}

const KEYS = ["ignore", "remoteImages"] as const
const MAX_SYNTAX_ERRORS = 5

/** Reads the settings from the file's text; `path` names the file in diagnostics. */
export function parseContentConfig(text: string, path: string = CONFIG_FILE): ConfigReading {
  const source = text.replace(/^\uFEFF/, "")
  const diagnostics: Diagnostic[] = []
  const report = (offset: number, message: string) =>
    diagnostics.push(createDiagnostic(path, placeAt(source, offset), "invalid-config", message))

  const errors: ParseError[] = []
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false })
  // The parser may report one mistake twice (a trailing comma: name expected, value expected).
  const firstAtEachPlace = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i)
  for (const error of firstAtEachPlace.slice(0, MAX_SYNTAX_ERRORS))
    report(
      error.offset,
      `${path} is not valid JSON (${printParseErrorCode(error.error)}); the settings it holds were read as far as possible. Fix the JSON (no comments, no trailing commas).`,
    )
  if (root?.type !== "object") {
    if (root)
      report(
        root.offset,
        `${path} must hold one JSON object of settings, e.g. {"remoteImages": "show"}; the defaults are used.`,
      )
    return { config: DEFAULT_CONFIG, diagnostics }
  }

  let ignore: readonly string[] = DEFAULT_CONFIG.ignore
  let remoteImages: RemoteImages = DEFAULT_CONFIG.remoteImages
  for (const property of root.children ?? []) {
    const [keyNode, value] = property.children ?? []
    if (!keyNode || !value) continue
    const key = String(keyNode.value)
    if (key === "ignore") ignore = readIgnore(value, report)
    else if (key === "remoteImages") remoteImages = readRemoteImages(value, report) ?? remoteImages
    else report(keyNode.offset, unknownKeyMessage(key))
  }
  return { config: { ignore, remoteImages }, diagnostics }
}

type Report = (offset: number, message: string) => void

function readIgnore(value: Node, report: Report): string[] {
  if (value.type !== "array") {
    report(
      value.offset,
      `"ignore" must be a list of folder or file names, e.g. ["drafts", "notes/old.md"]; nothing extra is skipped until it is.`,
    )
    return []
  }
  const names: string[] = []
  for (const item of value.children ?? []) {
    if (item.type === "string") names.push(String(item.value))
    else
      report(item.offset, `An "ignore" entry must be a name in quotes, e.g. "drafts"; this one was skipped.`)
  }
  return names
}

function readRemoteImages(value: Node, report: Report): RemoteImages | undefined {
  const found = value.type === "string" ? String(value.value) : undefined
  if (REMOTE_IMAGES.some((option) => option === found)) return found as RemoteImages
  report(
    value.offset,
    `"remoteImages" must be "show" (https images are shown) or "link" (they stay links, nothing loads), not ${JSON.stringify(value.value ?? null)}; "${DEFAULT_CONFIG.remoteImages}" is used until it is fixed.`,
  )
  return undefined
}

function unknownKeyMessage(key: string): string {
  const lower = key.toLowerCase()
  const near = KEYS.find((known) => {
    const k = known.toLowerCase()
    return k === lower || k.startsWith(lower) || lower.startsWith(k)
  })
  const hint = near ? `did you mean "${near}"?` : `known settings: ${KEYS.map((k) => `"${k}"`).join(", ")}.`
  return `Unknown setting "${key}" is ignored; ${hint}`
}
