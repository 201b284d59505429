/**
 * Options, output columns and key bindings: a definition list written under a command.
 * "Under a command" means the nearest heading (this section's, else an enclosing one, else
 * the note's title), paragraph or code span before the list names a known program —
 * `## ps 명령어`, `` `docker run` 의 옵션``, `ss 옵션` — and the list's names look like options
 * (`-e`, `--rm`, `a`, `u+x`, `:wq`), output columns (`PID`, `%CPU`) or keys (`shift + p`).
 */
import type { Span } from "@kube-notes/graph"
import type { List, Table } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { type FileFormat, isKeywordName } from "./formats.ts"
import { spanOf } from "./positions.ts"
import { TOOLS } from "./tools.ts"
import type { OptionFound } from "./types.ts"

export interface CommandContext {
  command: string
  tool: string
  /** What the words around the list say its items are. */
  hint?: "key" | "field" | "option"
  /**
   * True when this section's heading or a paragraph in it names the command or says its lists
   * hold options, keys or columns; a command named only further up (the note's title) does not
   * make every list below it an option list.
   */
  own: boolean
}

/** `ps`, `docker run`, `kubectl get` in a heading or sentence: a lower-case tool and its subcommands. */
export function commandNamedIn(text: string): { command: string; tool: string } | undefined {
  const words = text.split(/[\s,/()·:|`'"]+/).filter(Boolean)
  const at = words.findIndex((word) => TOOLS.has(word))
  if (at === -1) return undefined
  const tool = words[at] as string
  const parts = [tool]
  for (const word of words.slice(at + 1, at + 3)) {
    if (!/^[a-z][a-z-]*$/.test(word) || TOOLS.has(word)) break
    parts.push(word)
  }
  return { command: parts.join(" "), tool }
}

/** Words that say a list is about keys or about output columns and states. */
export function hintOf(text: string): CommandContext["hint"] {
  if (/단축키|키\s*바인딩|\bkeys?\b|shortcut|key ?binding/i.test(text)) return "key"
  if (/출력|필드|컬럼|칼럼|항목|상태|column|field/i.test(text)) return "field"
  if (/옵션|플래그|인자|\boptions?\b|\bflags?\b/i.test(text)) return "option"
  return undefined
}

const KEY_COMBO = /^(?:ctrl|control|shift|alt|option|opt|cmd|command|meta|win|super)\s*\+\s*\S{1,12}$/i
const FLAG = /^--?[A-Za-z0-9][\w-]*(?:[ =][\w.:/-]+)?$/
const SHORT = /^[A-Za-z]{1,2}$/
const EDITOR_COMMAND = /^:[\w!]+$/
const MODE = /^[ugoa]{0,3}[+=-][rwxXst]{1,4}$/
const COLUMN = /^%?[A-Z][A-Z0-9_]+%?$|^%[A-Z]+$/
/** A state or column word (Running, Done) counts only when the list is said to be about them. */
const STATE_WORD = /^[A-Z][a-z]{1,15}$/

function roleOf(name: string, hint: CommandContext["hint"]): OptionFound["role"] | undefined {
  if (KEY_COMBO.test(name)) return "key"
  if (FLAG.test(name) || MODE.test(name)) return "option"
  if (EDITOR_COMMAND.test(name)) return hint === "field" ? undefined : "key"
  if (COLUMN.test(name)) return "field"
  if (SHORT.test(name)) return hint === "key" ? "key" : "option"
  if (STATE_WORD.test(name) && hint === "field") return "field"
  return undefined
}

const DEFINITION = /^(.{1,40}?)\s*[:：]\s+(.+)$/s

/** One `name : text` item (a list item, or a table row) read under a command or a format. */
interface DefinedName {
  name: string
  description: string
  /** The name is the item's first thing and is inline code (`` `ExecStart` ``). */
  writtenAsCode: boolean
  position: Span
}

/**
 * The items as options of the command, or as keywords of the file format the section is
 * about, when at least half of them have an option-like or keyword-like name and none has a
 * Korean name (a glossary, not an option list). `format` is the format this section's
 * heading, a paragraph or a code fence before the items names; a keyword (`FROM`,
 * `apiVersion`) goes to it before an option-like reading is tried. `items` counts every item,
 * `defined` only those written `name : text`.
 */
function readDefinedNames(
  defined: DefinedName[],
  items: number,
  context: CommandContext | undefined,
  format: FileFormat | undefined,
): OptionFound[] | undefined {
  if (!context?.own && !format) return undefined
  const found: OptionFound[] = []
  for (const { name, description, writtenAsCode, position } of defined) {
    if (/[\uAC00-\uD7A3]/.test(name)) return undefined
    const key = name.replace(/[=:]$/, "")
    if (format && isKeywordName(key, writtenAsCode)) {
      const { command, tool } = format
      found.push({ command, tool, name: key, description, role: "keyword", format: format.name, position })
      continue
    }
    if (!context?.own) continue
    const role = roleOf(name, context.hint)
    if (!role) continue
    found.push({ command: context.command, tool: context.tool, name, description, role, position })
  }
  return found.length > 0 && found.length * 2 >= items ? found : undefined
}

/** A definition list's items (`- -e : 모든 프로세스`, `` - `image` : 이미지 ``) as options or keywords. */
export function optionsFromList(
  list: List,
  context: CommandContext | undefined,
  format?: FileFormat,
): OptionFound[] | undefined {
  const defined: DefinedName[] = []
  let items = 0
  for (const item of list.children) {
    const lead = item.children[0]
    if (lead?.type !== "paragraph") continue
    items++
    const match = DEFINITION.exec(mdastToString(lead).replace(/\s+/g, " ").trim())
    const name = match?.[1]?.trim()
    if (!match || !name) continue
    defined.push({
      name,
      description: (match[2] ?? "").trim(),
      writtenAsCode: lead.children[0]?.type === "inlineCode",
      position: spanOf(lead),
    })
  }
  return readDefinedNames(defined, items, context, format)
}

/**
 * A two-column table (`| 필드 | 설명 |`, `| 옵션 | 의미 |`) whose first column names options or
 * keywords, read the same way as a definition list: the first cell is the name, the second
 * its description. The header row is not an item.
 */
export function optionsFromTable(
  table: Table,
  context: CommandContext | undefined,
  format?: FileFormat,
): OptionFound[] | undefined {
  const rows = table.children.slice(1)
  const defined: DefinedName[] = []
  for (const row of rows) {
    const [first, second] = row.children
    if (!first || !second) continue
    const name = mdastToString(first).replace(/\s+/g, " ").trim()
    const description = mdastToString(second).replace(/\s+/g, " ").trim()
    if (!name || name.length > 40 || !description) continue
    const onlyCode = first.children.length === 1 && first.children[0]?.type === "inlineCode"
    defined.push({ name, description, writtenAsCode: onlyCode, position: spanOf(row) })
  }
  return readDefinedNames(defined, rows.length, context, format)
}
