/**
 * Glossary order: 가나다 (grouped by initial consonant, double consonants with their
 * plain one), then A–Z, then anything else. Korean aliases get their own "see" entries, so
 * a reader who knows only 큐블렛 still finds Kubelet under ㅋ.
 */
import type { TermNode } from "@kube-notes/graph"

export interface GlossaryEntry {
  /** The name shown in the list. */
  readonly name: string
  readonly term: TermNode
  /** True when `name` is an alias pointing at `term`. */
  readonly isAlias: boolean
}

export interface GlossaryGroup {
  readonly label: string
  readonly entries: GlossaryEntry[]
}

const CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
const PLAIN: Record<string, string> = { ㄲ: "ㄱ", ㄸ: "ㄷ", ㅃ: "ㅂ", ㅆ: "ㅅ", ㅉ: "ㅈ" }
const HANGUL = /^[\uac00-\ud7a3]/

/** The group a name files under: an initial consonant, a capital letter or "#". */
export function getGroupLabel(name: string): string {
  const first = name.trim().normalize("NFC").charAt(0)
  const code = first.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) {
    const initial = CHOSEONG.charAt(Math.floor((code - 0xac00) / 588))
    return PLAIN[initial] ?? initial
  }
  if (/[a-z]/i.test(first)) return first.toUpperCase()
  return "#"
}

function rank(label: string): number {
  if (label === "#") return 2
  return CHOSEONG.includes(label) ? 0 : 1
}

export function groupGlossary(terms: readonly TermNode[]): GlossaryGroup[] {
  const entries: GlossaryEntry[] = []
  for (const term of terms) {
    entries.push({ name: term.title, term, isAlias: false })
    const seen = new Set([term.title])
    for (const alias of term.aliases) {
      if (!HANGUL.test(alias) || seen.has(alias)) continue
      seen.add(alias)
      entries.push({ name: alias, term, isAlias: true })
    }
  }
  const groups = new Map<string, GlossaryEntry[]>()
  for (const entry of entries) {
    const label = getGroupLabel(entry.name)
    const list = groups.get(label)
    if (list) list.push(entry)
    else groups.set(label, [entry])
  }
  const collator = new Intl.Collator("ko", { sensitivity: "base", numeric: true })
  return [...groups]
    .map(([label, list]) => ({ label, entries: list.sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => rank(a.label) - rank(b.label) || collator.compare(a.label, b.label))
}
