/**
 * Term candidates and what each one is. Patterns real notes use:
 *   - `- kubelet : 정의`                    a name, a colon, its definition
 *   - `- Master Node(Control plane)` + list  a name (alias) with the definition nested below
 *   - `플라넬[flannel]`                       a Korean name with its English one in brackets
 *   - `CNI(Container Network Interface)`     an acronym with its expansion
 *   - `**Kubelet**`, `**차트(Chart)**`        a bold name
 * Before a name is a candidate it is classified: a command (`git add : …`) goes to commands,
 * a label (장점, 참고, `시작 : systemctl start`) or a phrase (서비스가 필요한 이유) is nothing.
 * Whether a candidate becomes a term is decided from all its evidence at assembly (assemble/terms.ts).
 */

import type { Span } from "@kube-notes/graph"
import type { List, ListItem, Paragraph } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { isCommonWord, isPhrase } from "./korean-words.ts"
import { spanOf } from "./positions.ts"
import { toolOf } from "./tools.ts"
import type { TermCandidate } from "./types.ts"

/** Words that mark a label, not a concept (방법1, 설치 확인 명령어, 참고, 주의…). */
const LABEL_WORDS =
  /(?:^|\s)(?:방법\d*|명령어|확인|참고|주의|예시|예제|정리|실습|비교|관련|사용|제공|설치|결과|실행|요약|메모|TODO|Note|Tip)(?:\s|$|\d)/i
const HANGUL = /[\uAC00-\uD7A3]/
const LATIN = /[A-Za-z]/
const MAX_NAME_LENGTH = 40
const MAX_NAME_WORDS = 3

/** `Name(Alias)` where both parts are short. */
const NAME_WITH_ALIAS = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/

export function splitNameAndAlias(raw: string): { name: string; aliases: string[] } {
  const text = raw.replace(/\*\*|__/g, "").trim()
  const match = NAME_WITH_ALIAS.exec(text)
  if (match?.[1] && match[2]) return { name: match[1].trim(), aliases: [match[2].trim()] }
  return { name: text, aliases: [] }
}

export type NameKind = "term" | "command" | "option" | "key" | "label" | "phrase"

const KEY_BINDING = /^(?:ctrl|control|shift|alt|option|cmd|command|meta|win|super)\s*\+\s*\S+$/i

/** What a name written where a term could be is. */
export function classifyName(name: string, definition = ""): NameKind {
  if (KEY_BINDING.test(name)) return "key"
  if (/^--?\w/.test(name)) return "option"
  // A command is typed in lower case: `git add`, not the product name Docker Compose.
  if (name.split(/\s+/).length >= 2 && /^[a-z]/.test(name) && toolOf(name)) return "command"
  if (isCommonWord(name) || LABEL_WORDS.test(name)) return "label"
  // `- 시작 : systemctl start nginx`: the name labels a command, it is no concept.
  if (definition && toolOf(definition.replace(/`/g, "")) && definition.split(/\s+/).length >= 2)
    return "label"
  if (isPhrase(name)) return "phrase"
  return "term"
}

export function isTermName(name: string): boolean {
  if (!name || name.length > MAX_NAME_LENGTH) return false
  if (/[.!?。:;,"“”'`|<>{}=]$|^[-\d\s]/.test(name)) return false
  if (/[.!?。]\s/.test(name) || /(?:다|음|함|됨|요)\.?$/.test(name)) return false
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return false
  // One Latin letter or one Hangul syllable names nothing a reader looks up.
  if (/^(?:[A-Za-z]|[\uAC00-\uD7A3])$/.test(name)) return false
  return HANGUL.test(name) || LATIN.test(name)
}

export type ListItemFinding =
  | { kind: "term"; term: TermCandidate }
  | { kind: "command"; text: string; tool: string; position: Span }

/** What a list item defines: `name : definition`, or a name with a nested list beneath. */
export function termFromListItem(item: ListItem): ListItemFinding | undefined {
  const lead = item.children[0]
  if (lead?.type !== "paragraph") return undefined
  const text = mdastToString(lead).replace(/\s+/g, " ").trim()
  const position = spanOf(lead)
  const colon = /^([^:：]{1,60}?)\s*[:：]\s+(.+)$/.exec(text)
  if (colon?.[1] && colon[2]) {
    const { name, aliases } = splitNameAndAlias(colon[1])
    const definition = colon[2].trim()
    const kind = classifyName(name, definition)
    if (kind === "command") return { kind, text: name, tool: toolOf(name) as string, position }
    if (kind !== "term" || !isTermName(name)) return undefined
    return { kind: "term", term: { name, aliases, definition, via: "definition", position } }
  }
  const nested = item.children.find((child): child is List => child.type === "list")
  if (!nested) return undefined
  const definition = describeNestedList(nested)
  if (!definition) return undefined
  const acronym = findAcronyms(text)[0]
  if (acronym) return { kind: "term", term: { ...acronym, definition, via: "definition", position } }
  const { name, aliases } = splitNameAndAlias(text)
  if (!isTermName(name) || classifyName(name) !== "term") return undefined
  if (aliases.some((alias) => alias.length > MAX_NAME_LENGTH)) return undefined
  return { kind: "term", term: { name, aliases, definition, via: "definition", position } }
}

/** A nested list read as a definition: its items' lead text, except items that define terms of their own. */
function describeNestedList(list: List): string {
  const parts: string[] = []
  for (const item of list.children) {
    const lead = item.children[0]
    if (lead?.type !== "paragraph") continue
    if (termFromListItemLead(lead)) return "" // a group of definitions, not a definition
    const text = mdastToString(lead).replace(/\s+/g, " ").trim()
    if (text) parts.push(text)
  }
  return parts.join(" · ")
}

function termFromListItemLead(lead: Paragraph): boolean {
  const text = mdastToString(lead)
  const colon = /^([^:：]{1,60}?)\s*[:：]\s+\S/.exec(text)
  return Boolean(colon?.[1] && isTermName(splitNameAndAlias(colon[1]).name))
}

/** `플라넬[flannel]`, `롤링 업데이트[rolling update]`: as many Korean words as English ones. */
const BRACKET = /((?:[\uAC00-\uD7A3]+\s+){0,3}[\uAC00-\uD7A3]+)\[([A-Za-z][\w .+-]{0,40})\]/g

/**
 * Whether `value` holds an opening parenthesis (ASCII or full-width): PAREN_PAIR and ACRONYM
 * need one. These finders run on every text node, and their patterns start with a group the
 * regex engine tries at each Hangul or capital letter; a text without the one character every
 * match holds cannot match, and most texts hold none (the same test `findBracketTerms` makes
 * for `[`).
 */
function hasOpenParen(value: string): boolean {
  return value.includes("(") || value.includes("（")
}

export function findBracketTerms(
  value: string,
): { name: string; alias: string; index: number; length: number }[] {
  if (!value.includes("[")) return []
  const found = []
  for (const match of value.matchAll(BRACKET)) {
    const english = (match[2] ?? "").trim()
    const korean = (match[1] ?? "").split(/\s+/)
    const wanted = Math.min(korean.length, english.split(/\s+/).length)
    const alias = korean.slice(-wanted).join(" ")
    const length = alias.length + 2 + (match[2] ?? "").length
    const index = (match.index ?? 0) + match[0].length - length
    found.push({ name: english, alias, index, length })
  }
  return found
}

/**
 * `파드(Pod)`, `정규 표현식(Regular Expression)`: a Korean name with its English one in
 * parentheses, as many Korean words as English ones (at most three).
 */
const PAREN_PAIR =
  /((?:[\uAC00-\uD7A3]+\s+){0,2}[\uAC00-\uD7A3]+)\s?[(（]([A-Za-z][A-Za-z0-9./+-]*(?: [A-Za-z0-9][A-Za-z0-9./+-]*){0,2})[)）]/g

export function findParenPairs(value: string): { name: string; aliases: string[] }[] {
  if (!hasOpenParen(value)) return []
  const found = []
  for (const match of value.matchAll(PAREN_PAIR)) {
    const english = (match[2] ?? "").trim()
    const korean = (match[1] ?? "").split(/\s+/)
    const name = korean.slice(-Math.min(korean.length, english.split(/\s+/).length)).join(" ")
    if (isTermName(name) && classifyName(name) === "term" && !isCommonWord(english))
      found.push({ name, aliases: [english] })
  }
  return found
}

/** `CNI(Container Network Interface)`: capitals whose letters start the expansion's words. */
const ACRONYM = /\b([A-Z][A-Z0-9]{1,7}s?)\s*[(（]([A-Za-z][A-Za-z -]{3,80})[)）]/g

export function findAcronyms(value: string): { name: string; aliases: string[] }[] {
  if (!hasOpenParen(value)) return []
  const found = []
  for (const match of value.matchAll(ACRONYM)) {
    const acronym = match[1] ?? ""
    const expansion = (match[2] ?? "").trim()
    const initials = expansion
      .split(/[\s-]+/)
      .map((word) => word[0]?.toUpperCase())
      .join("")
    if (initials.startsWith(acronym.replace(/s$/, "").replace(/\d/g, "")))
      found.push({ name: acronym, aliases: [expansion] })
  }
  return found
}

/**
 * `**Kubelet**` (at most three Latin words), `**차트(Chart)**` (a name with its alias) or
 * `**프로세스**` (one Korean word): a bold name.
 */
export function termFromBold(text: string): { name: string; aliases: string[] } | undefined {
  const value = text.trim()
  if (/^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2}$/.test(value) && value.length <= MAX_NAME_LENGTH)
    return classifyName(value) === "term" && isTermName(value) ? { name: value, aliases: [] } : undefined
  const { name, aliases } = splitNameAndAlias(value)
  if (!HANGUL.test(name) || !isTermName(name) || classifyName(name) !== "term") return undefined
  if (aliases.length === 0 && /\s/.test(name)) return undefined
  // The alias of a bold Korean name is its English one (차트(Chart)); anything else is a remark.
  if (aliases.some((alias) => alias.length > MAX_NAME_LENGTH || !LATIN.test(alias))) return undefined
  return { name, aliases }
}
