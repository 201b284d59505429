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
  const fieldsByTerm = new Map<string, Map<number, Field>>()
  const { memo } = options
  const termsOfText = (text: string): readonly string[] => {
    if (!memo) return termsOf(text)
    const known = memo.get(text)
    if (known) return known
    const terms = termsOf(text)
    memo.set(text, terms)
    return terms
  }
  const add = (text: string, doc: number, field: Field): void => {
    for (const term of termsOfText(text)) {
      let docsOfTerm = fieldsByTerm.get(term)
      if (!docsOfTerm) {
        docsOfTerm = new Map()
        fieldsByTerm.set(term, docsOfTerm)
      }
      if ((docsOfTerm.get(doc) ?? -1) < field) docsOfTerm.set(doc, field)
    }
  }
  docs.forEach((doc, i) => {
    add(doc.body, i, FIELD.body)
    add(doc.secondary, i, FIELD.secondary)
    for (const alias of doc.aliases) add(alias, i, FIELD.alias)
    add(doc.title, i, FIELD.title)
  })
  indexCompoundParts(fieldsByTerm)
  const tokens = [...fieldsByTerm.keys()].sort()
  const maxBody = Math.max(options.minBodyDropCount ?? 200, (options.maxBodyShare ?? 0.05) * docs.length)
  const pruned: number[] = []
  const postings = tokens.map((term, index) => {
    const fields = fieldsByTerm.get(term) ?? new Map<number, Field>()
    let body = 0
    for (const field of fields.values()) if (field === FIELD.body) body++
    if (body <= maxBody) return encodePostings(fields)
    pruned.push(index)
    return encodePostings(new Map([...fields].filter(([, field]) => field !== FIELD.body)))
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
    postings,
    pruned,
  }
}

/**
 * A compound written without spaces (쿠버네티스클러스터) is also indexed under its parts when
 * the notes use each part as a word of its own, so `클러스터` and `쿠버네티스 클러스터` find it.
 */
function indexCompoundParts(fieldsByTerm: Map<string, Map<number, Field>>): void {
  const isWord = (part: string) => fieldsByTerm.has(part)
  const additions: [string, Map<number, Field>][] = []
  for (const [term, fields] of fieldsByTerm) {
    const parts = splitCompound(term, isWord)
    if (parts) for (const part of parts) additions.push([part, fields])
  }
  for (const [part, fields] of additions) {
    const target = fieldsByTerm.get(part) as Map<number, Field>
    for (const [doc, field] of fields) if ((target.get(doc) ?? -1) < field) target.set(doc, field)
  }
}

/** Doc numbers ascending, each as `(delta << 2) | field` in base 36. */
function encodePostings(fields: Map<number, Field>): string {
  const out: string[] = []
  let previous = 0
  for (const doc of [...fields.keys()].sort((a, b) => a - b)) {
    out.push((((doc - previous) << 2) | (fields.get(doc) ?? 0)).toString(36))
    previous = doc
  }
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
