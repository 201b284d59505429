/**
 * The topic bodies (mdast), kept apart from graph.json: one file per note in `dist/bodies/`
 * (`getBodyFileName(noteId)`), so an importer reads only the notes it shows.
 *
 * - In Node, `loadNoteBodies` and `getTopicBody` are synchronous: one small file read, from
 *   this package's own `dist/`.
 * - In a browser (or anywhere without a file system), `createBodyFetcher(baseUrl)` gives the
 *   same two functions, asynchronous, fetching `<baseUrl>/bodies/<file>.json`.
 */
import type { NoteBodies } from "@kube-notes/graph"
import { getBodyFileName, getIdKind } from "@kube-notes/graph"
import type { Root } from "mdast"

/**
 * The note a body id belongs to: the note itself, or for a topic (`topic:<note key>#<slug>`,
 * slugs never hold `#`) the note named before the last `#`.
 */
export function getBodyNoteId(id: string): string | undefined {
  const kind = getIdKind(id)
  if (kind === "note") return id
  if (kind !== "topic") return undefined
  const hash = id.lastIndexOf("#")
  return hash > "topic:".length ? `note:${id.slice("topic:".length, hash)}` : undefined
}

const cache = new Map<string, NoteBodies | undefined>()

/**
 * The bodies of one note of this package (its intro and every topic), read synchronously
 * from `dist/bodies/` — Node only. `undefined` for an id that names no note.
 */
export function loadNoteBodies(noteId: string): NoteBodies | undefined {
  if (cache.has(noteId)) return cache.get(noteId)
  // getBuiltinModule, not an import: the bundle stays free of static `node:` imports.
  const fs = globalThis.process?.getBuiltinModule?.("node:fs")
  if (!fs)
    throw new Error(
      "loadNoteBodies reads files and runs in Node only; in a browser use createBodyFetcher(baseUrl).",
    )
  let bodies: NoteBodies | undefined
  try {
    const url = new URL(`../dist/${getBodyFileName(noteId)}`, import.meta.url)
    bodies = JSON.parse(fs.readFileSync(url, "utf8")) as NoteBodies
  } catch {
    bodies = undefined
  }
  cache.set(noteId, bodies)
  return bodies
}

/** The mdast of one topic (or of a note's intro, given the note's id) — Node only, synchronous. */
export function getTopicBody(id: string): Root | undefined {
  const noteId = getBodyNoteId(id)
  return noteId ? loadNoteBodies(noteId)?.bodies[id] : undefined
}

/** The asynchronous pair, for browsers: bodies fetched from where `dist/bodies/` is served. */
export interface BodyFetcher {
  loadNoteBodies(noteId: string): Promise<NoteBodies | undefined>
  getTopicBody(id: string): Promise<Root | undefined>
}

/**
 * Fetches bodies from `baseUrl` (the URL of the folder that holds `bodies/`, e.g. where the
 * site serves a copy of `dist/`). A missing file (404) is `undefined`; other failures reject.
 */
export function createBodyFetcher(baseUrl: string | URL, fetchFile: typeof fetch = fetch): BodyFetcher {
  const base = new URL(baseUrl)
  if (!base.pathname.endsWith("/")) base.pathname += "/"
  const pending = new Map<string, Promise<NoteBodies | undefined>>()
  const loadNoteBodies = (noteId: string) => {
    let promise = pending.get(noteId)
    if (!promise) {
      promise = fetchFile(new URL(getBodyFileName(noteId), base)).then(async (response) => {
        if (response.status === 404) return undefined
        if (!response.ok) throw new Error(`Fetching the bodies of ${noteId} failed: HTTP ${response.status}`)
        return (await response.json()) as NoteBodies
      })
      pending.set(noteId, promise)
      // A failed fetch is not kept: the next call tries again.
      promise.catch(() => pending.delete(noteId))
    }
    return promise
  }
  return {
    loadNoteBodies,
    async getTopicBody(id) {
      const noteId = getBodyNoteId(id)
      return noteId ? (await loadNoteBodies(noteId))?.bodies[id] : undefined
    },
  }
}
