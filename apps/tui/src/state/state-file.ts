/**
 * Where the reader was and what it bookmarked, under $XDG_STATE_HOME/kube-notes. A file that
 * cannot be read as our state is moved aside (never deleted: it may hold bookmarks a person
 * wants back) and reported as a warning.
 */
import { join } from "node:path"
import type { Messages } from "@kube-notes/messages"
import { getStateDir, moveAside, readStateText, writeFileAtomically } from "./state-dir.ts"

export interface SavedState {
  readonly last?: { readonly id: string; readonly scroll: number }
  readonly bookmarks: readonly string[]
}

export interface LoadedState {
  readonly state: SavedState
  /** In the reader's language: it is shown on the status line and printed on quit. */
  readonly warning?: string
}

export function getStateFile(env: NodeJS.ProcessEnv): string {
  return join(getStateDir(env), "state.json")
}

export function loadState(file: string, messages: Messages): LoadedState {
  let text: string | undefined
  try {
    text = readStateText(file)
  } catch {
    text = undefined // unreadable (a folder, no permission): the reader still opens
  }
  if (text === undefined) return { state: { bookmarks: [] } } // first run
  const parsed = parseState(text)
  if (parsed) return { state: parsed }
  const aside = moveAside(file)
  if (aside === undefined)
    return {
      state: { bookmarks: [] },
      warning: messages.errors.stateNotMoved(file),
    }
  return {
    state: { bookmarks: [] },
    warning: messages.errors.stateMoved(aside),
  }
}

export function saveState(file: string, state: SavedState): void {
  try {
    writeFileAtomically(file, `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`)
  } catch {
    // Losing the last position is better than failing to quit.
  }
}

function parseState(text: string): SavedState | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (typeof value !== "object" || value === null || value.version !== 1) return undefined
    const bookmarks = value.bookmarks
    if (!Array.isArray(bookmarks) || !bookmarks.every((b) => typeof b === "string")) return undefined
    const last = value.last as { id?: unknown; scroll?: unknown } | undefined
    if (last !== undefined && (typeof last?.id !== "string" || typeof last.scroll !== "number"))
      return undefined
    return { bookmarks, ...(last ? { last: { id: last.id as string, scroll: last.scroll as number } } : {}) }
  } catch {
    return undefined
  }
}
