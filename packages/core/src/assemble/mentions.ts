/**
 * Finds term mentions in a topic's text and marks them in its mdast as `termMention` nodes,
 * copying only the nodes on the path to a change (the analysed tree stays as it was, so it
 * can be cached and annotated again when the terms change).
 */
import { foldName } from "@kube-notes/graph"
import type { Nodes, Parent, PhrasingContent, Text } from "mdast"
import { isParticleRun } from "../analyze/korean-words.ts"
import { advance } from "../analyze/positions.ts"

export interface MentionMatcher {
  /** Every mention in `value`, in order. */
  find(value: string): { index: number; length: number; termId: string }[]
}

const LATIN_OR_DIGIT = /[A-Za-z0-9_]/
const HANGUL_END = /[\uAC00-\uD7A3]$/
const HANGUL_RUN = /^[\uAC00-\uD7A3]*/

/**
 * Mentions are only marked where they help a reader: every alias of a term (terms are already
 * the confident candidates), but never one Latin letter or one Hangul syllable; a Latin name on
 * word boundaries; a Korean name followed by nothing but particles or the copula (큐블렛은,
 * 파드들을, 노드입니다), so 시작 is not found in 시작하기 nor 노드 in 노드풀.
 */
export function createMentionMatcher(byAlias: Map<string, string>): MentionMatcher {
  const aliases = [...byAlias.keys()].filter((alias) => alias.length >= 2).sort((a, b) => b.length - a.length)
  if (aliases.length === 0) return { find: () => [] }
  // The names alone: a match must not follow a letter, digit or `_`, which is checked after
  // (`follows`), not with a lookbehind in front of the names. With the lookbehind first, V8
  // tries it and then every name at each position; without it, it finds where a name can
  // start at all, a third of the time over the corpus's text. The same matches either way:
  // a match rejected for what precedes it resumes one character (code point) further on,
  // where the lookbehind's pattern would have tried next.
  const pattern = new RegExp(
    `(?:${aliases.map((alias) => escapeRegExp(alias).replace(/ /g, "\\s+")).join("|")})`,
    "giu",
  )
  /** Matched text → term id: the same few spellings recur thousands of times in a corpus. */
  const termOfText = new Map<string, string | undefined>()
  return {
    find(value) {
      const found: { index: number; length: number; termId: string }[] = []
      pattern.lastIndex = 0
      for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
        const text = match[0]
        // The next place to try: one code point on. Half a surrogate pair on, the `u` flag
        // would start again at the pair, finding the same match for ever.
        const nextPlace = match.index + (isPairAt(value, match.index) ? 2 : 1)
        if (follows(value, match.index)) {
          pattern.lastIndex = nextPlace
          continue
        }
        const next = value[match.index + text.length] ?? ""
        const last = text.at(-1) ?? ""
        // A Latin name must end at a word boundary; a Korean one may carry particles (큐블렛은).
        const rest = HANGUL_END.test(last)
          ? (HANGUL_RUN.exec(value.slice(match.index + text.length))?.[0] ?? "")
          : ""
        if ((LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(next)) || !isParticleRun(rest)) {
          pattern.lastIndex = nextPlace
          continue
        }
        let termId = termOfText.get(text)
        if (termId === undefined && !termOfText.has(text)) {
          termId = byAlias.get(foldName(text))
          termOfText.set(text, termId)
        }
        if (termId) found.push({ index: match.index, length: text.length, termId })
      }
      return found
    },
  }
}

/** What `(?<![\p{L}\p{N}_])` under the `iu` flags rejects: the code point before `index`. */
const WORD_CHARACTER = /^[\p{L}\p{N}_]$/iu

function follows(value: string, index: number): boolean {
  if (index === 0) return false
  const from = index >= 2 && isPairAt(value, index - 2) ? index - 2 : index - 1
  return WORD_CHARACTER.test(value.slice(from, index))
}

/** A high surrogate followed by a low one at `index`: one code point of two units. */
function isPairAt(value: string, index: number): boolean {
  const high = value.charCodeAt(index)
  const low = value.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

const SKIP = new Set([
  "heading",
  "link",
  "linkReference",
  "code",
  "inlineCode",
  "html",
  "termMention",
  "commandMention",
  "definition",
  "yaml",
])

/** Rewrites a link or image (sets its target); returns the node itself when nothing changes. */
export type LinkRewriter = (node: Nodes) => Nodes

/**
 * Returns the node with mentions marked and links resolved (a copy where anything changed)
 * and adds mentioned term ids to `mentioned`.
 */
export function markMentions<T extends Nodes>(
  node: T,
  matcher: MentionMatcher,
  mentioned: Set<string>,
  rewrite: LinkRewriter = (same) => same,
): T {
  if (node.type === "link" || node.type === "image") return rewrite(node) as T
  if (SKIP.has(node.type) || !("children" in node)) return node
  const parent = node as Parent
  let children: Parent["children"] | undefined
  parent.children.forEach((child, index) => {
    const replaced: Parent["children"] =
      child.type === "text"
        ? splitText(child, matcher, mentioned)
        : [markMentions(child as Nodes, matcher, mentioned, rewrite) as Parent["children"][number]]
    if (children || replaced.length !== 1 || replaced[0] !== child) {
      children ??= parent.children.slice(0, index)
      children.push(...replaced)
    }
  })
  return children ? ({ ...node, children } as T) : node
}

function splitText(node: Text, matcher: MentionMatcher, mentioned: Set<string>): PhrasingContent[] {
  const found = matcher.find(node.value)
  if (found.length === 0) return [node]
  const out: PhrasingContent[] = []
  const text = (from: number, to: number): Text => {
    const piece: Text = { type: "text", value: node.value.slice(from, to) }
    if (node.position)
      piece.position = {
        start: advance(node.position.start, node.value, from),
        end: advance(node.position.start, node.value, to),
      }
    return piece
  }
  let at = 0
  for (const mention of found) {
    if (mention.index > at) out.push(text(at, mention.index))
    const inner = text(mention.index, mention.index + mention.length)
    out.push({
      type: "termMention",
      termId: mention.termId,
      children: [inner],
      ...(inner.position ? { position: inner.position } : {}),
    })
    mentioned.add(mention.termId)
    at = mention.index + mention.length
  }
  if (at < node.value.length) out.push(text(at, node.value.length))
  return out
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
