/**
 * Where links between notes can land: notes by path, file name and title; topics by slug,
 * title and number. Built once per build from every note's analysis.
 */
import { foldName, makeId } from "@kube-notes/graph"
import GithubSlugger from "github-slugger"
import type { NoteAnalysis } from "../analyze/types.ts"

export interface NoteRef {
  id: string
  analysis: NoteAnalysis
  /** Topic ids by slug, folded title and number. */
  anchors: Map<string, string>
}

export interface NoteIndex {
  notes: NoteRef[]
  byPath: Map<string, NoteRef>
  resolve(via: "md" | "wiki", target: string): NoteRef | undefined
}

export function topicIdOf(noteKey: string, slug: string): string {
  return makeId("topic", `${noteKey}#${slug}`)
}

export function noteIdOf(noteKey: string): string {
  return makeId("note", noteKey)
}

/** `notes` in reading order with unique keys. */
export function buildNoteIndex(notes: { key: string; analysis: NoteAnalysis }[]): NoteIndex {
  const refs: NoteRef[] = notes.map(({ key, analysis }) => {
    const anchors = new Map<string, string>()
    for (const section of analysis.sections) {
      const id = topicIdOf(key, section.slug)
      for (const name of [section.slug, foldName(section.title), section.number ?? ""])
        if (name && !anchors.has(name)) anchors.set(name, id)
    }
    return { id: noteIdOf(key), analysis, anchors }
  })
  const byPath = new Map<string, NoteRef>()
  const byName = new Map<string, NoteRef>()
  for (const ref of refs) {
    if (!byPath.has(ref.analysis.path)) byPath.set(ref.analysis.path, ref)
    const key = ref.analysis.key
    for (const name of [key, key.split("/").at(-1) ?? key, ref.analysis.title].map(foldName))
      if (!byName.has(name)) byName.set(name, ref)
  }
  return {
    notes: refs,
    byPath,
    resolve(via, target) {
      if (via === "md") return byPath.get(target)
      const clean = target.replace(/\.(md|markdown)$/i, "")
      return byName.get(foldName(clean))
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
