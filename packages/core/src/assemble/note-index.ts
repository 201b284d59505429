/**
 * Where links between notes can land: notes by path, file name and title; topics by slug,
 * title and number. Each note's ref is kept between updates; the index over them is rebuilt
 * when a note, a title or a heading changes.
 */
import { foldName, makeId } from "@kube-notes/graph"
import GithubSlugger from "github-slugger"
import type { NoteAnalysis } from "../analyze/types.ts"
import { askedOf } from "./lookups.ts"

export interface NoteRef {
  id: string
  analysis: NoteAnalysis
  /** Topic ids by slug, folded title and number. */
  anchors: Map<string, string>
  /** Folded names a wiki link can use for the note: its key, file name and title. */
  names: string[]
}

export interface NoteIndex {
  byPath: Map<string, NoteRef>
  resolve(via: "md" | "wiki", target: string): NoteRef | undefined
}

/** A note index kept between updates: refs leave and join it one by one. */
export interface LiveNoteIndex extends NoteIndex {
  /** Takes `gone` out, then puts `added` in at their places in reading order. */
  replace(gone: readonly NoteRef[], added: readonly NoteRef[]): void
}

export function topicIdOf(noteKey: string, slug: string): string {
  return makeId("topic", `${noteKey}#${slug}`)
}

export function noteIdOf(noteKey: string): string {
  return makeId("note", noteKey)
}

/**
 * A note's place for links, under its unique key. It depends only on the key, the path, the
 * title and the headings (pipeline/signatures.ts linkSignature), so an update keeps it while
 * those stay and only swaps in the note's new analysis.
 */
export function createNoteRef(key: string, analysis: NoteAnalysis): NoteRef {
  const anchors = new Map<string, string>()
  for (const section of analysis.sections) {
    const id = topicIdOf(key, section.slug)
    for (const name of [section.slug, foldName(section.title), section.number ?? ""])
      if (name && !anchors.has(name)) anchors.set(name, id)
  }
  const names = [analysis.key, analysis.key.split("/").at(-1) ?? analysis.key, analysis.title].map(foldName)
  return { id: noteIdOf(key), analysis, anchors, names }
}

/**
 * The index of refs in reading order: the first note to answer a path or name wins. Every
 * note answering a name is kept, in reading order, so a note added or removed changes only
 * its own names' lists (`compare`: reading order of two notes). Paths are unique (one entry
 * per path), so a path has one note.
 */
export function indexNotes(
  refs: readonly NoteRef[],
  compare: (a: NoteAnalysis, b: NoteAnalysis) => number,
): LiveNoteIndex {
  const byPath = new Map<string, NoteRef>()
  const byName = new Map<string, NoteRef[]>()
  for (const ref of refs) {
    if (!byPath.has(ref.analysis.path)) byPath.set(ref.analysis.path, ref)
    for (const name of new Set(ref.names)) {
      const list = byName.get(name)
      if (list) list.push(ref)
      else byName.set(name, [ref])
    }
  }
  const take = (ref: NoteRef) => {
    if (byPath.get(ref.analysis.path) === ref) byPath.delete(ref.analysis.path)
    for (const name of new Set(ref.names)) {
      const list = byName.get(name)
      const at = list ? list.indexOf(ref) : -1
      if (!list || at < 0) continue
      list.splice(at, 1)
      if (list.length === 0) byName.delete(name)
    }
  }
  const put = (ref: NoteRef) => {
    byPath.set(ref.analysis.path, ref)
    for (const name of new Set(ref.names)) {
      const list = byName.get(name)
      if (!list) {
        byName.set(name, [ref])
        continue
      }
      let low = 0
      let high = list.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (compare((list[middle] as NoteRef).analysis, ref.analysis) < 0) low = middle + 1
        else high = middle
      }
      list.splice(low, 0, ref)
    }
  }
  return {
    byPath,
    resolve(via, target) {
      if (via === "md") return byPath.get(target)
      return byName.get(askedOf({ via, target }))?.[0]
    },
    replace(gone, added) {
      for (const ref of gone) take(ref)
      for (const ref of added) put(ref)
    },
  }
}

const slugger = new GithubSlugger()

/** A topic id for `#anchor` in a note: by slug as GitHub makes it, by title, or by number. */
export function resolveAnchor(note: NoteRef, anchor: string): string | undefined {
  slugger.reset()
  return (
    note.anchors.get(anchor) ?? note.anchors.get(slugger.slug(anchor)) ?? note.anchors.get(foldName(anchor))
  )
}
