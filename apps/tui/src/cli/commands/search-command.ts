/** `kube-notes search`: ranked hits with a snippet, or JSON for scripts. */
import type { Messages } from "@kube-notes/messages"
import type { SearchKind } from "@kube-notes/search"
import stringWidth from "string-width"
import { sanitizeTerminalText } from "../../render/sanitize-terminal-text.ts"
import { applyStyle } from "../../render/style.ts"
import { detectCapabilities } from "../../render/terminal-capabilities.ts"
import { createSearcher, type SearchHit } from "../../source/searcher.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs, parsePositiveInt, stringOption } from "../parse-command-args.ts"
import { EXIT, UsageError } from "../usage-error.ts"
import { expectPositionals, loadQuery } from "./shared.ts"

/** The kinds the search index holds. */
const KINDS: readonly SearchKind[] = ["note", "topic", "term", "command"]

export async function runSearch(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("search", args)
  const [text = ""] = expectPositionals(positionals, 1, "search", (t) => t.errors.oneQuery)
  const limit = parsePositiveInt(values.limit, "limit", 10)
  const kinds = parseKinds(stringOption(values.kind))
  const { graph } = await loadQuery(values, io)
  const searcher = await createSearcher(graph)
  const hits = searcher.search(text, { limit, ...(kinds ? { kinds } : {}) })
  if (values.json) {
    printJson(io, hits)
    return EXIT.ok
  }
  const caps = detectCapabilities(io.env, io.stdout.isTTY === true)
  if (hits.length === 0) io.stderr.write(`${m.output.noResults(sanitizeTerminalText(text))}\n`)
  for (const hit of hits) {
    const kind = m.kinds[hit.kind]
    // A column 8 wide however the kind is written (명령어 is 6 columns, 3 characters).
    const kindColumn = kind + " ".repeat(Math.max(1, 8 - stringWidth(kind)))
    printLine(
      io,
      `${applyStyle(kindColumn, { color: "gray" }, caps.color)}${applyStyle(sanitizeTerminalText(hit.title), { bold: true }, caps.color)}  ${applyStyle(sanitizeTerminalText(hit.id), { dim: true }, caps.color)}`,
    )
    const snippet = highlightSnippet(hit, caps.color)
    if (snippet) printLine(io, `        ${snippet}`)
  }
  return EXIT.ok
}

/** Sanitises each piece separately so highlight offsets stay right and our SGR survives. */
export function highlightSnippet(hit: SearchHit, color: boolean): string {
  const { text, highlights } = hit.snippet
  let out = ""
  let at = 0
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    out += sanitizeTerminalText(text.slice(at, start))
    out += applyStyle(sanitizeTerminalText(text.slice(start, end)), { bold: true, color: "yellow" }, color)
    at = end
  }
  return out + sanitizeTerminalText(text.slice(at))
}

function parseKinds(value: string | undefined): SearchKind[] | undefined {
  if (value === undefined) return undefined
  const kinds = value.split(",").map((k) => k.trim())
  const bad = kinds.find((k) => !KINDS.includes(k as SearchKind))
  if (bad !== undefined) throw new UsageError((m) => m.errors.kindList(KINDS.join(", "), bad))
  return kinds as SearchKind[]
}
