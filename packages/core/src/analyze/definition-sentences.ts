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
  /**
   * Names the clause may be about, longest first, each a suffix of the one before:
   * "보통 Master Node", "Master Node", "Node", with where each starts. Assembly keeps the
   * first that names a term, and the clause from there on.
   */
  subjects: { name: string; start: Point }[]
  /** The clause as written, from the start of the longest subject to its predicate. */
  text: string
  /** Where `text` is. */
  position: Span
  /** Index of the section it is in, -1 for the note's text before its first topic. */
  section: number
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
/** Characters that may trail a word without being part of it. */
const TRAILING = /[.,!?;:)\]}"'”’…。、]+$/u
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
      found.push(...fromParagraph(node, section))
      return
    }
    if (node.type === "code" || node.type === "html" || node.type === "yaml") return
    if ("children" in node) for (const child of node.children) visit(child as Nodes)
  }
  for (const node of nodes) visit(node)
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
  const pointAt = (offset: number): Point => {
    const piece = pieces.findLast((p) => p.offset <= offset)
    if (!piece?.start) return spanOf(paragraph).start
    return advance(piece.start, piece.value, offset - piece.offset)
  }
  const out: DefinitionSentence[] = []
  for (const sentence of text.matchAll(SENTENCE)) {
    for (const clause of clausesOf(sentence[0])) {
      const start = (sentence.index ?? 0) + clause.start
      const from = sentence.index ?? 0
      out.push({
        subjects: clause.subjects.map((name) => ({
          name,
          start: pointAt(from + clause.start + (clause.subjects[0]?.length ?? 0) - name.length),
        })),
        text: clause.text,
        position: { start: pointAt(start), end: pointAt(start + clause.text.length) },
        section,
      })
    }
  }
  return out
}

interface Word {
  start: number
  end: number
  /** The word without trailing punctuation. */
  core: string
}

interface Clause {
  subjects: string[]
  text: string
  start: number
}

/** "X은 … 에이전트고 이 Y는 … 한다." → one clause per topic-marked name, up to its last predicate ending. */
export function clausesOf(sentence: string): { subjects: string[]; text: string; start: number }[] {
  const words: Word[] = [...sentence.matchAll(/\S+/gu)].map((m) => {
    const core = m[0].replace(TRAILING, "")
    return { start: m.index, end: m.index + m[0].length, core }
  })
  const subjectAt = words.map((word) => subjectOf(word.core))
  const clauses: Clause[] = []
  for (let i = 0; i < words.length; i++) {
    const name = subjectAt[i]
    if (name === undefined) continue
    let end = -1
    for (let j = i + 1; j < words.length && subjectAt[j] === undefined; j++) {
      if (isPredicate(words[j]?.core ?? "")) end = j
    }
    if (end === -1) continue
    const word = words[i] as Word
    const last = words[end] as Word
    const nameEnd = word.start + name.length
    const subjects: string[] = []
    for (let k = Math.min(MAX_SUBJECT_WORDS - 1, i); k >= 0; k--) {
      const first = words[i - k] as Word
      // A name does not run across punctuation ("설정, Kubelet은") or another clause's predicate.
      if (k > 0 && words.slice(i - k, i).some((w) => w.core !== sentence.slice(w.start, w.end))) continue
      if (k > 0 && words.slice(i - k, i).some((w) => isPredicate(w.core))) continue
      subjects.push(sentence.slice(first.start, nameEnd))
    }
    const from = words[i - (subjects.length - 1)] as Word
    clauses.push({
      subjects,
      text: sentence.slice(from.start, last.start + last.core.length),
      start: from.start,
    })
  }
  return clauses
}

function isPredicate(word: string): boolean {
  return PREDICATE_END.test(word) && !PARTICLE_END.test(word)
}

/**
 * The name before a topic marker ("Kubelet은" → "Kubelet"), or undefined. A one-syllable
 * Hangul stem is taken for an adnominal verb or adjective (작은, 잇는, 도는) or a pronoun (것은).
 */
function subjectOf(word: string): string | undefined {
  const match = TOPIC_MARKER.exec(word)
  const name = match?.[1]
  if (!name || !/[\p{L}\p{N}]/u.test(name) || NOT_A_SUBJECT.test(name)) return undefined
  if (/^[\uac00-\ud7a3]$/u.test(name)) return undefined
  return name
}
