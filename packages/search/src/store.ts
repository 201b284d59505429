/**
 * The document table of a loaded index: kinds, full ids, titles, parents, aliases and
 * definitions, rebuilt from the compact JSON form.
 */
import { EXTRA_SEPARATOR, findRootNote } from "./build-index.ts"
import { expandId } from "./compact-id.ts"
import { KINDS } from "./documents.ts"
import type { SearchIndexJson, SearchKind } from "./types.ts"

export interface DocumentStore {
  readonly size: number
  readonly kinds: readonly SearchKind[]
  readonly ids: readonly string[]
  readonly titles: readonly string[]
  readonly parents: Int32Array
  readonly aliases: readonly (readonly string[])[]
  readonly definitions: readonly string[]
  /** Token indices whose body postings were dropped as too common. */
  readonly pruned: ReadonlySet<number>
}

export function assertSearchIndexJson(json: unknown): asserts json is SearchIndexJson {
  const value = json as Partial<SearchIndexJson> | null
  if (
    typeof value !== "object" ||
    value === null ||
    value.format !== "kube-notes-search" ||
    !Array.isArray(value.docs) ||
    !Array.isArray(value.tokens) ||
    !Array.isArray(value.postings) ||
    !Array.isArray(value.pruned) ||
    value.tokens.length !== value.postings.length
  ) {
    throw new TypeError(
      "loadSearchIndex: expected the JSON written by buildSearchIndex (format 'kube-notes-search'); rebuild the content package",
    )
  }
  if (value.version !== 1) {
    throw new TypeError(
      `loadSearchIndex: index version ${String(value.version)} is not supported; expected 1`,
    )
  }
}

export function createDocumentStore(json: SearchIndexJson): DocumentStore {
  const kinds = json.docs.map(([kind]) => KINDS[kind] ?? "topic")
  const parents = Int32Array.from(json.docs.map((doc, i) => (doc[3] === 0 ? -1 : i - doc[3])))
  const shapes = kinds.map((kind) => ({ kind }))
  const titles = json.docs.map((doc) => doc[2])
  const aliases: string[][] = []
  const definitions: string[] = []
  for (const doc of json.docs) {
    const extra = doc[4]
    const cut = extra.indexOf(EXTRA_SEPARATOR)
    const names = cut === -1 ? "" : extra.slice(0, cut)
    aliases.push(names === "" ? [] : names.split("\n"))
    definitions.push(cut === -1 ? "" : extra.slice(cut + 1))
  }
  const notes = json.docs.map((_doc, i) => {
    const note = findRootNote(i, shapes, parents)
    return note === -1 ? undefined : json.docs[note]?.[1]
  })
  const ids = json.docs.map((doc, i) => expandId(kinds[i] ?? "", doc[1], titles[i] ?? "", notes[i]))
  const pruned = new Set(json.pruned)
  return { size: json.docs.length, kinds, ids, titles, parents, aliases, definitions, pruned }
}
