/**
 * Search documents → the serialised index (`SearchIndexJson`). Runs at content build time.
 * Only what ranking needs is stored: ids, titles, aliases, definitions and postings.
 * Bodies are not, which keeps the index a fraction of the notes' size; snippets read them
 * from the graph when the engine has it.
 */
import type { Graph } from "@kube-notes/graph"
import { compactId } from "./compact-id.ts"
import { getDocuments, KINDS, type SearchDocument } from "./documents.ts"
import { splitCompound } from "./segment.ts"
import { termsOf } from "./tokenize.ts"
import { FIELD, type Field, type SearchIndexJson } from "./types.ts"

export const EXTRA_SEPARATOR = "\u0001"

export interface BuildOptions {
  /**
   * A word found in the bodies of more than this share of documents is too common to tell
   * them apart: its body postings are dropped (titles, aliases, definitions and commands keep it).
   * @default 0.05
   */
  readonly maxBodyShare?: number
  /** Never drop body postings of a word found in this many documents or fewer. @default 200 */
  readonly minBodyDropCount?: number
  /**
   * Index terms of texts tokenised before (a rebuild after one note changed tokenises only
   * that note's texts): asked for each text's terms, told those it had to work out.
   */
  readonly memo?: TermsMemo
}

/** Keeps `termsOf`'s answer per text between builds; it must give back exactly what it was told. */
export interface TermsMemo {
  get(text: string): readonly string[] | undefined
  set(text: string, terms: readonly string[]): void
}

export function buildSearchIndex(graph: Graph, options: BuildOptions = {}): SearchIndexJson {
  return buildIndexFromDocuments(getDocuments(graph), options)
}

export function buildIndexFromDocuments(
  docs: readonly SearchDocument[],
  options: BuildOptions = {},
): SearchIndexJson {
  const indexOf = new Map(docs.map((doc, i) => [doc.id, i]))
  const parents = docs.map((doc) => (doc.parent === undefined ? -1 : (indexOf.get(doc.parent) ?? -1)))
  const postings = createPostingLists()
  const { memo } = options
  const termsOfText = (text: string): readonly string[] => {
    // A short text (a title, an alias) is tokenised faster than it is looked up.
    if (!memo || text.length < MEMO_MIN_LENGTH) return termsOf(text)
    const known = memo.get(text)
    if (known) return known
    const terms = termsOf(text)
    memo.set(text, terms)
    return terms
  }
  docs.forEach((doc, i) => {
    postings.add(termsOfText(doc.body), i, FIELD.body)
    postings.add(termsOfText(doc.secondary), i, FIELD.secondary)
    for (const alias of doc.aliases) postings.add(termsOfText(alias), i, FIELD.alias)
    postings.add(termsOfText(doc.title), i, FIELD.title)
  })
  postings.addCompoundParts()
  const tokens = [...postings.terms()].sort()
  const maxBody = Math.max(options.minBodyDropCount ?? 200, (options.maxBodyShare ?? 0.05) * docs.length)
  const pruned: number[] = []
  const encoded = tokens.map((term, index) => {
    const list = postings.get(term)
    let body = 0
    for (const field of list.fields) if (field === FIELD.body) body++
    if (body <= maxBody) return encodePostings(list)
    pruned.push(index)
    return encodePostings(list, (field) => field !== FIELD.body)
  })
  return {
    format: "kube-notes-search",
    version: 1,
    docs: docs.map((doc, i) => {
      const note = docs[findRootNote(i, docs, parents)]
      const parent = parents[i] ?? -1
      return [
        KINDS.indexOf(doc.kind),
        compactId(doc.kind, doc.id, doc.title, note?.id),
        doc.title,
        parent === -1 ? 0 : i - parent,
        doc.kind === "term"
          ? `${doc.aliases.join("\n")}${EXTRA_SEPARATOR}${doc.summary ?? doc.secondary}`
          : "",
      ]
    }),
    tokens,
    postings: encoded,
    pruned,
  }
}

/** Texts shorter than this are tokenised again rather than looked up in a memo. */
const MEMO_MIN_LENGTH = 64

/** One term's documents, ascending, each with the best field it was found in. */
interface PostingList {
  docs: number[]
  fields: Field[]
}

/**
 * Each term's documents as two arrays. Documents are added in ascending order, all of one
 * document's texts together, so a term's list only grows at its end: no map per term.
 */
function createPostingLists() {
  const byTerm = new Map<string, PostingList>()
  return {
    add(terms: readonly string[], doc: number, field: Field): void {
      for (const term of terms) {
        const list = byTerm.get(term)
        if (!list) {
          byTerm.set(term, { docs: [doc], fields: [field] })
          continue
        }
        const last = list.docs.length - 1
        if (list.docs[last] !== doc) {
          list.docs.push(doc)
          list.fields.push(field)
        } else if ((list.fields[last] as Field) < field) list.fields[last] = field
      }
    },
    /**
     * A compound written without spaces (쿠버네티스클러스터) is also indexed under its parts
     * when the notes use each part as a word of its own, so `클러스터` and `쿠버네티스 클러스터`
     * find it. Every compound's parts are found first, then its documents are merged into
     * theirs in that order (a part that is itself a compound passes on what it received).
     */
    addCompoundParts(): void {
      const isWord = (part: string) => byTerm.has(part)
      const additions: [PostingList, PostingList][] = []
      for (const [term, list] of byTerm) {
        const parts = splitCompound(term, isWord)
        if (parts) for (const part of parts) additions.push([byTerm.get(part) as PostingList, list])
      }
      for (const [target, source] of additions) mergeInto(target, source)
    },
    terms: () => byTerm.keys(),
    get: (term: string) => byTerm.get(term) as PostingList,
  }
}

/** `source`'s documents added to `target`'s, each keeping the better of the two fields. */
function mergeInto(target: PostingList, source: PostingList): void {
  const docs: number[] = []
  const fields: Field[] = []
  let i = 0
  let j = 0
  while (i < target.docs.length || j < source.docs.length) {
    const a = i < target.docs.length ? (target.docs[i] as number) : Number.POSITIVE_INFINITY
    const b = j < source.docs.length ? (source.docs[j] as number) : Number.POSITIVE_INFINITY
    if (a < b) {
      docs.push(a)
      fields.push(target.fields[i++] as Field)
    } else if (b < a) {
      docs.push(b)
      fields.push(source.fields[j++] as Field)
    } else {
      docs.push(a)
      fields.push(Math.max(target.fields[i++] as Field, source.fields[j++] as Field) as Field)
    }
  }
  target.docs = docs
  target.fields = fields
}

/** Doc numbers ascending, each as `(delta << 2) | field` in base 36; `keep` picks by field. */
function encodePostings(list: PostingList, keep: (field: Field) => boolean = () => true): string {
  const out: string[] = []
  let previous = 0
  list.docs.forEach((doc, i) => {
    const field = list.fields[i] as Field
    if (!keep(field)) return
    out.push((((doc - previous) << 2) | field).toString(36))
    previous = doc
  })
  return out.join(",")
}

/** Index of the note at the top of a document's parent chain, or -1. */
export function findRootNote(
  i: number,
  docs: readonly { readonly kind: string }[],
  parents: ArrayLike<number>,
): number {
  let at = i
  for (let steps = 0; steps < 64 && at >= 0; steps++) {
    if (docs[at]?.kind === "note") return at
    at = parents[at] ?? -1
  }
  return -1
}
