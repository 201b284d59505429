/**
 * Options, output columns and key bindings: a definition list written under a command.
 * "Under a command" means the nearest heading (this section's, else an enclosing one, else
 * the note's title), paragraph or code span before the list names a known program —
 * `## ps 명령어`, `` `docker run` 의 옵션``, `ss 옵션` — and the list's names look like options
 * (`-e`, `--rm`, `a`, `u+x`, `:wq`), output columns (`PID`, `%CPU`) or keys (`shift + p`).
 */
import type { List } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
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

/**
 * The list's items as options of the command, when at least half of them are `name : text`
 * with an option-like name and none has a Korean name (a glossary, not an option list).
 */
export function optionsFromList(list: List, context: CommandContext): OptionFound[] | undefined {
  if (!context.own) return undefined
  const found: OptionFound[] = []
  let items = 0
  for (const item of list.children) {
    const lead = item.children[0]
    if (lead?.type !== "paragraph") continue
    items++
    const match = DEFINITION.exec(mdastToString(lead).replace(/\s+/g, " ").trim())
    const name = match?.[1]?.trim()
    if (!match || !name) continue
    if (/[\uAC00-\uD7A3]/.test(name)) return undefined
    const role = roleOf(name, context.hint)
    if (!role) continue
    found.push({
      command: context.command,
      tool: context.tool,
      name,
      description: (match[2] ?? "").trim(),
      role,
      position: spanOf(lead),
    })
  }
  return found.length > 0 && found.length * 2 >= items ? found : undefined
}
