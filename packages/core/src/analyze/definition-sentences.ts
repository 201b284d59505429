/**
 * Definitions hidden in sentences: "**Kubelet**은 한 노드를 관리하기 위한 에이전트고" says what
 * Kubelet is, though it is no `name : definition` item. This finds clauses of the form
 * "X은/는/(이)란 … <predicate>" in a scope's paragraphs, with their place. Which X are terms is
 * not known here (analysis sees one note); assembly keeps the clauses whose X names a term.
 *
 * Runs before the walk, which drops inline positions.
 */
import type { Point, Span } from "@kube-notes/graph"
import type { Nodes, Paragraph, PhrasingContent } from "mdast"
import { advance, spanOf } from "./positions.ts"

export interface DefinitionSentence {
  /** The sentence as written (one line of a paragraph, up to . ! ?). */
  text: string
  /** Index of the section it is in, -1 for the note's text before its first topic. */
  section: number
  /** Its words: `[start, end)` in `text` (end without trailing punctuation), and their places. */
  words: { start: number; end: number; from: Point; to: Point }[]
  /** Words that end in a topic marker, with the name before it (Kubelet은 → Kubelet). */
  marks: { word: number; name: string }[]
  /** Words that end a predicate (에이전트고, 도구이다, 역할을 함). */
  predicates: number[]
}

/** A clause about one name: what assembly attaches to a term. */
export interface Clause {
  /** The name as written, possibly several words ("Master Node"). */
  subject: string
  text: string
  position: Span
}

/** A topic marker after a name: 은 / 는 (Kubelet은, 노드는), (이)란 (쿠버네티스란). */
const TOPIC_MARKER = /^(.+?)(이란|란|은|는)$/u
/**
 * Stems whose 은/는 is not a topic marker: adnominal verbs and adjectives (관리하는, 되는,
 * 있는, 같은, 많은) and particles that 는 follows (경우에는, 노드으로는, 처음부터는). Syllables
 * that also end common nouns (네트워크, 이미지, 결과, 속도) are left out on purpose.
 */
const NOT_A_SUBJECT = /(하|되|있|없|않|시키|같|많|좋|에|에서|으로|에게|한테|까지|부터|하고)$/u
/**
 * Word endings that close a predicate: the copula and its contractions (이다, 이고, 입니다,
 * 임, 에이전트고, 도구다), note-style nominal endings (함, 음, 됨) and connectives (며).
 */
const PREDICATE_END = /(다|고|임|함|음|됨|며|요)$/u
/** Particles that end like a predicate: 노드마다, 처음부터 없다가… */
const PARTICLE_END = /(마다|보다|에다|부터고)$/u
/** Characters that may trail a word without being part of it (a word with them ends a name). */
const TRAILING = new Set(".,!?;:)]}\"'”’…。、")
/**
 * The last syllables a topic marker and a predicate end in: most words end in neither, and
 * these are tested before the patterns above (every word of every sentence is scanned).
 */
const MARKER_LAST = new Set("란은는")
const PREDICATE_LAST = new Set("다고임함음됨며요")
/** A sentence ends at . ! ? followed by a space, or at a line break. */
const SENTENCE = /[^\n]+?(?:[.!?。](?=\s|$)|$)/gmu
/** Words of a name before its marker that still belong to it ("Master Node는", "보통 Master Node는"). */
const MAX_SUBJECT_WORDS = 3

interface Piece {
  offset: number
  value: string
  start: Point | undefined
}

/** Definition sentences in `nodes` (one scope's blocks), tagged with `section`. */
export function findDefinitionSentences(nodes: readonly Nodes[], section: number): DefinitionSentence[] {
  const found: DefinitionSentence[] = []
  const visit = (node: Nodes): void => {
    if (node.type === "paragraph") {
      for (const sentence of fromParagraph(node, section)) found.push(sentence)
      return
    }
    if (node.type === "code" || node.type === "html" || node.type === "yaml") return
    if ("children" in node) for (const child of node.children) visit(child as Nodes)
  }
  for (const node of nodes) visit(node)
  return found
}

/**
 * The index of the last piece starting at or before `offset` (-1 if none). Binary search: a
 * paragraph may hold 100,000 links, and every word of it is placed (a scan per word was
 * quadratic).
 */
function lastPieceAtOrBefore(pieces: readonly Piece[], offset: number): number {
  let low = 0
  let high = pieces.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >>> 1
    if ((pieces[mid] as Piece).offset <= offset) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

function fromParagraph(paragraph: Paragraph, section: number): DefinitionSentence[] {
  const pieces: Piece[] = []
  let text = ""
  const collect = (node: PhrasingContent): void => {
    if (node.type === "text" || node.type === "inlineCode") {
      pieces.push({ offset: text.length, value: node.value, start: node.position?.start })
      text += node.value
    } else if (node.type === "break") text += "\n"
    else if ("children" in node) for (const child of node.children) collect(child)
  }
  for (const child of paragraph.children) collect(child)
  // Words are placed in reading order: go on from the last place found in the same piece, not
  // from the piece's start (one 1 MiB line is one piece; counting from its start per word was
  // quadratic).
  let last: { piece: number; at: number; point: Point } | undefined
  const pointAt = (offset: number): Point => {
    const index = lastPieceAtOrBefore(pieces, offset)
    const piece = pieces[index]
    if (!piece?.start) return spanOf(paragraph).start
    const within = offset - piece.offset
    const from = last && last.piece === index && last.at <= within ? last : { at: 0, point: piece.start }
    const point = advance(from.point, piece.value, within, from.at)
    last = { piece: index, at: within, point }
    return point
  }
  const out: DefinitionSentence[] = []
  for (const match of text.matchAll(SENTENCE)) {
    const scanned = scanSentence(match[0])
    // Only a sentence with a mark and a predicate is kept: only its words are placed (most
    // sentences are not, and placing every word was most of this file's time).
    if (scanned.marks.length > 0 && scanned.predicates.length > 0)
      out.push(placeWords(scanned, section, (offset) => pointAt((match.index ?? 0) + offset)))
  }
  return out
}

/** A sentence's words as offsets, before they are placed. */
interface ScannedSentence {
  text: string
  /** Each word's `[start, end)` in `text`, flat: start, end, start, end… (end without trailing punctuation). */
  bounds: number[]
  marks: DefinitionSentence["marks"]
  predicates: number[]
}

/** Words, topic marks and predicate endings of one sentence; `pointAt(offset)` places an offset of it. */
export function markSentence(
  text: string,
  section: number,
  pointAt: (offset: number) => Point,
): DefinitionSentence {
  return placeWords(scanSentence(text), section, pointAt)
}

function scanSentence(text: string): ScannedSentence {
  const bounds: number[] = []
  const marks: DefinitionSentence["marks"] = []
  const predicates: number[] = []
  // Words are the runs between whitespace (what `/\S+/gu` finds), scanned as offsets: a word
  // becomes a string only when its last character can end a topic mark or a predicate, and
  // becomes an object only in a sentence that is kept (placeWords). Every word of every
  // paragraph passes here.
  let at = 0
  while (at < text.length) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++
    if (at === text.length) break
    const start = at
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++
    let end = at
    while (end > start && TRAILING.has(text.charAt(end - 1))) end--
    const index = bounds.length / 2
    bounds.push(start, end)
    const last = end > start ? text.charAt(end - 1) : ""
    if (MARKER_LAST.has(last)) {
      const name = subjectOf(text.slice(start, end))
      if (name !== undefined) marks.push({ word: index, name })
    } else if (PREDICATE_LAST.has(last) && isPredicate(text.slice(start, end))) predicates.push(index)
  }
  return { text, bounds, marks, predicates }
}

/**
 * What `\s` matches (ECMAScript's WhiteSpace and LineTerminator; a surrogate is neither): tab,
 * line feed, vertical tab, form feed, carriage return, space, no-break space, U+1680,
 * U+2000–U+200A, the line and paragraph separators, U+202F, U+205F, U+3000 and U+FEFF.
 */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function placeWords(
  scanned: ScannedSentence,
  section: number,
  pointAt: (offset: number) => Point,
): DefinitionSentence {
  const words: DefinitionSentence["words"] = []
  for (let i = 0; i < scanned.bounds.length; i += 2) {
    const start = scanned.bounds[i] as number
    const end = scanned.bounds[i + 1] as number
    words.push({ start, end, from: pointAt(start), to: pointAt(end) })
  }
  return { text: scanned.text, section, words, marks: scanned.marks, predicates: scanned.predicates }
}

/**
 * The clauses of a sentence about names `isName` accepts: each from the name (up to three
 * words, longest accepted first: "Master Node는") to the last predicate before the next
 * accepted name. Marks `isName` rejects (관리하는 is no name; 노드는 may not be a term) do not
 * cut a clause.
 */
export function clausesIn(sentence: DefinitionSentence, isName: (name: string) => boolean): Clause[] {
  const { text, words } = sentence
  const found: { first: number; mark: number; subject: string }[] = []
  for (const { word, name } of sentence.marks) {
    const at = words[word]
    if (!at) continue
    const nameEnd = at.start + name.length
    for (let k = Math.min(MAX_SUBJECT_WORDS - 1, word); k >= 0; k--) {
      const before = words.slice(word - k, word)
      // A name does not run across punctuation ("설정, Kubelet은") or a predicate.
      if (before.some((w) => w.end < text.length && !/\s/u.test(text.charAt(w.end)))) continue
      if (before.some((_w, i) => sentence.predicates.includes(word - k + i))) continue
      const first = words[word - k] as (typeof words)[number]
      const subject = text.slice(first.start, nameEnd)
      if (isName(subject)) {
        found.push({ first: word - k, mark: word, subject })
        break
      }
    }
  }
  const clauses: Clause[] = []
  found.forEach(({ first, mark, subject }, i) => {
    const limit = found[i + 1]?.first ?? words.length
    const last = Math.max(-1, ...sentence.predicates.filter((p) => p > mark && p < limit))
    const from = words[first]
    const to = words[last]
    if (last < 0 || !from || !to) return
    clauses.push({
      subject,
      text: text.slice(from.start, to.end),
      position: { start: from.from, end: to.to },
    })
  })
  return clauses
}

/** Clauses of a plain sentence, every marked name accepted (for tests and tools). */
export function clausesOf(text: string, isName: (name: string) => boolean = () => true): Clause[] {
  return clausesIn(
    markSentence(text, -1, (offset) => ({ line: 1, column: offset + 1 })),
    isName,
  )
}

function isPredicate(word: string): boolean {
  if (!PREDICATE_LAST.has(word.charAt(word.length - 1))) return false
  return PREDICATE_END.test(word) && !PARTICLE_END.test(word)
}

/**
 * The name before a topic marker ("Kubelet은" → "Kubelet"), or undefined. A one-syllable
 * Hangul stem is taken for an adnominal verb or adjective (작은, 잇는, 도는) or a pronoun (것은).
 */
function subjectOf(word: string): string | undefined {
  if (!MARKER_LAST.has(word.charAt(word.length - 1))) return undefined
  const match = TOPIC_MARKER.exec(word)
  const name = match?.[1]
  if (!name || !/[\p{L}\p{N}]/u.test(name) || NOT_A_SUBJECT.test(name)) return undefined
  if (/^[\uac00-\ud7a3]$/u.test(name)) return undefined
  return name
}
