/**
 * Term patterns that real notes use:
 *   - `- kubelet : 정의`                    a name, a colon, its definition
 *   - `- Master Node(Control plane)` + list  a name (alias) with the definition nested below
 *   - `플라넬[flannel]`                       a Korean name with its English one in brackets
 *   - `CNI(Container Network Interface)`     an acronym with its expansion
 *   - `**Kubelet**`                           a bold proper name
 */
import type { List, ListItem, Paragraph } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { spanOf } from "./positions.ts"
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

export function isTermName(name: string): boolean {
  if (!name || name.length > MAX_NAME_LENGTH) return false
  if (/[.!?。:;,"“”'`|<>{}=]$|^[-\d\s]/.test(name)) return false
  if (/[.!?。]\s/.test(name) || /(?:다|음|함|됨|요)\.?$/.test(name)) return false
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return false
  if (LABEL_WORDS.test(name)) return false
  return HANGUL.test(name) || LATIN.test(name)
}

/** Terms a list item defines: `name : definition`, or a name with a nested list beneath. */
export function termFromListItem(item: ListItem): TermCandidate | undefined {
  const lead = item.children[0]
  if (lead?.type !== "paragraph") return undefined
  const text = mdastToString(lead).replace(/\s+/g, " ").trim()
  const position = spanOf(lead)
  const colon = /^([^:：]{1,60}?)\s*[:：]\s+(.+)$/.exec(text)
  if (colon?.[1] && colon[2]) {
    const { name, aliases } = splitNameAndAlias(colon[1])
    if (!isTermName(name)) return undefined
    return { name, aliases, definition: colon[2].trim(), via: "definition", position }
  }
  const nested = item.children.find((child): child is List => child.type === "list")
  if (!nested) return undefined
  const definition = describeNestedList(nested)
  if (!definition) return undefined
  const acronym = findAcronyms(text)[0]
  if (acronym) return { ...acronym, definition, via: "definition", position }
  const { name, aliases } = splitNameAndAlias(text)
  if (!isTermName(name) || aliases.some((alias) => alias.length > MAX_NAME_LENGTH)) return undefined
  return { name, aliases, definition, via: "definition", position }
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

export function findBracketTerms(
  value: string,
): { name: string; alias: string; index: number; length: number }[] {
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

/** `CNI(Container Network Interface)`: capitals whose letters start the expansion's words. */
const ACRONYM = /\b([A-Z][A-Z0-9]{1,7}s?)\s*[(（]([A-Za-z][A-Za-z -]{3,80})[)）]/g

export function findAcronyms(value: string): { name: string; aliases: string[] }[] {
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

/** `**Kubelet**`: a bold run of at most three Latin words names a term. */
export function termFromBold(text: string): string | undefined {
  const name = text.trim()
  if (!/^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2}$/.test(name) || name.length > MAX_NAME_LENGTH)
    return undefined
  return name
}
