/**
 * The reader's state and every way it changes, as one pure reducer: keys become actions in
 * App, and tests can drive the same transitions without a terminal.
 */
import type { LoadedProgress } from "../state/progress-file.ts"
import type { StatusText } from "./status-text.ts"

export type OverlayKind = "search" | "glossary" | "commands" | "backlinks" | "bookmarks" | "help"

export interface Overlay {
  readonly kind: OverlayKind
  readonly query: string
  readonly selected: number
}

export interface HistoryEntry {
  readonly id: string
  readonly scroll: number
}

export interface AppState {
  readonly pane: "tree" | "reader"
  readonly overlay: Overlay | null
  readonly cursor: number
  readonly expanded: ReadonlySet<string>
  readonly current: string
  readonly scroll: number
  /** Index of the focused mention in the reader, -1 for none. */
  readonly focus: number
  readonly back: readonly HistoryEntry[]
  readonly forward: readonly HistoryEntry[]
  readonly bookmarks: readonly string[]
  /** A one-off message for the status line (copy confirmation, warnings). */
  readonly message: StatusText | null
  /** Studying (the study screen replaces the panes): the note or topic (undefined for all
   * cards) and the progress read when study opened. */
  readonly study: { readonly scopeId: string | undefined; readonly loaded: LoadedProgress } | null
}

export type Action =
  | { type: "open"; id: string; cursor?: number }
  | { type: "back" }
  | { type: "forward" }
  | { type: "scroll"; to: number }
  /** Relative moves are computed here, from the latest state, so fast typing loses nothing. */
  | { type: "scrollBy"; delta: number; max: number }
  | { type: "cursorBy"; delta: number; max: number }
  | { type: "overlayType"; text: string }
  | { type: "overlayErase" }
  | { type: "overlaySelectBy"; delta: number; max: number }
  | { type: "focus"; index: number; scroll: number }
  | { type: "cursor"; to: number }
  | { type: "toggle"; id: string; open: boolean }
  | { type: "pane"; pane: AppState["pane"] }
  | { type: "overlay"; overlay: Overlay | null }
  | { type: "bookmark"; id: string }
  | { type: "message"; text: StatusText | null }
  | { type: "replace"; current: string; scroll: number }
  | { type: "study"; scopeId: string | undefined; loaded: LoadedProgress }
  | { type: "studyEnd" }

export function reduceAppState(state: AppState, action: Action): AppState {
  switch (action.type) {
    case "open":
      if (action.id === state.current) return { ...state, overlay: null, pane: "reader", ...cursorOf(action) }
      return {
        ...state,
        back: [...state.back, { id: state.current, scroll: state.scroll }].slice(-200),
        forward: [],
        current: action.id,
        scroll: 0,
        focus: -1,
        overlay: null,
        pane: "reader",
        ...cursorOf(action),
      }
    case "back": {
      const previous = state.back[state.back.length - 1]
      if (!previous) return { ...state, message: (m) => m.notices.noEarlierPage }
      return {
        ...state,
        back: state.back.slice(0, -1),
        forward: [{ id: state.current, scroll: state.scroll }, ...state.forward],
        current: previous.id,
        scroll: previous.scroll,
        focus: -1,
      }
    }
    case "forward": {
      const next = state.forward[0]
      if (!next) return { ...state, message: (m) => m.notices.noLaterPage }
      return {
        ...state,
        forward: state.forward.slice(1),
        back: [...state.back, { id: state.current, scroll: state.scroll }],
        current: next.id,
        scroll: next.scroll,
        focus: -1,
      }
    }
    case "scroll":
      return { ...state, scroll: Math.max(0, action.to) }
    case "scrollBy":
      return { ...state, scroll: clamp(state.scroll + action.delta, action.max) }
    case "cursorBy":
      return { ...state, cursor: clamp(state.cursor + action.delta, action.max) }
    case "overlayType":
      return state.overlay
        ? { ...state, overlay: { ...state.overlay, query: state.overlay.query + action.text, selected: 0 } }
        : state
    case "overlayErase":
      return state.overlay
        ? {
            ...state,
            overlay: { ...state.overlay, query: [...state.overlay.query].slice(0, -1).join(""), selected: 0 },
          }
        : state
    case "overlaySelectBy":
      return state.overlay
        ? {
            ...state,
            overlay: { ...state.overlay, selected: clamp(state.overlay.selected + action.delta, action.max) },
          }
        : state
    case "focus":
      return { ...state, focus: action.index, scroll: Math.max(0, action.scroll), pane: "reader" }
    case "cursor":
      return { ...state, cursor: Math.max(0, action.to) }
    case "toggle": {
      const expanded = new Set(state.expanded)
      if (action.open) expanded.add(action.id)
      else expanded.delete(action.id)
      return { ...state, expanded }
    }
    case "pane":
      return { ...state, pane: action.pane }
    case "overlay":
      return { ...state, overlay: action.overlay }
    case "bookmark": {
      const has = state.bookmarks.includes(action.id)
      return {
        ...state,
        bookmarks: has ? state.bookmarks.filter((id) => id !== action.id) : [...state.bookmarks, action.id],
        message: has ? (m) => m.notices.bookmarkRemoved : (m) => m.notices.bookmarked,
      }
    }
    case "message":
      return { ...state, message: action.text }
    case "replace":
      return { ...state, current: action.current, scroll: action.scroll, focus: -1 }
    case "study":
      return { ...state, overlay: null, study: { scopeId: action.scopeId, loaded: action.loaded } }
    case "studyEnd":
      return { ...state, study: null }
  }
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value))
}

function cursorOf(action: { cursor?: number }): { cursor?: number } {
  return action.cursor === undefined ? {} : { cursor: action.cursor }
}
