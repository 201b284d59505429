/**
 * Keys → actions. One function over a snapshot of what the screen shows, so the mapping
 * reads as a table and App stays a view.
 */
import type { Key } from "ink"
import type { Document } from "../render/runs.ts"
import type { Action, AppState, OverlayKind } from "./app-state.ts"
import type { OverlayItem } from "./overlay-items.ts"
import type { TreeRow } from "./tree-rows.ts"

export interface KeyContext {
  readonly state: AppState
  readonly dispatch: (action: Action) => void
  readonly rows: readonly TreeRow[]
  readonly doc: Document
  readonly pageRows: number
  readonly maxScroll: number
  readonly items: readonly OverlayItem[]
  readonly copy: (text: string) => void
  readonly quit: () => void
  /** The text of the command shown on a command page, for `y`. */
  readonly pageCommand: string | undefined
  /** A command node's text (what `y` copies for a focused command). */
  readonly commandText: (id: string) => string | undefined
  /** `s`: opens the study screen on the topic or note in view. */
  readonly study: () => void
}

const LIST_OVERLAYS: Record<string, OverlayKind> = {
  t: "glossary",
  c: "commands",
  b: "backlinks",
  B: "bookmarks",
  "?": "help",
}

// Handlers `return dispatch(…)` to end a branch; they return nothing useful.
export function handleKey(input: string, key: Key, ctx: KeyContext) {
  const { state, dispatch } = ctx
  if (state.message) dispatch({ type: "message", text: null })
  if (state.overlay) return handleOverlayKey(input, key, ctx)

  const scrollTo = (to: number) => dispatch({ type: "scroll", to: Math.min(ctx.maxScroll, Math.max(0, to)) })
  const scrollBy = (delta: number) => dispatch({ type: "scrollBy", delta, max: ctx.maxScroll })
  const cursorTo = (to: number) =>
    dispatch({ type: "cursor", to: Math.min(ctx.rows.length - 1, Math.max(0, to)) })
  const cursorBy = (delta: number) => dispatch({ type: "cursorBy", delta, max: ctx.rows.length - 1 })
  const row = ctx.rows[state.cursor]
  const inTree = state.pane === "tree"

  if (input === "q") return ctx.quit()
  if (input === "/") return dispatch({ type: "overlay", overlay: { kind: "search", query: "", selected: 0 } })
  const overlay = LIST_OVERLAYS[input]
  if (overlay) return dispatch({ type: "overlay", overlay: { kind: overlay, query: "", selected: 0 } })
  if (input === "m") return dispatch({ type: "bookmark", id: state.current })
  if (input === "s") return ctx.study()
  if (input === "[" || key.backspace || (key.meta && key.leftArrow)) return dispatch({ type: "back" })
  if (input === "]" || (key.meta && key.rightArrow)) return dispatch({ type: "forward" })
  if (key.tab) return cycleFocus(ctx, key.shift ? -1 : 1)
  if (key.pageDown || input === " ") return scrollBy(ctx.pageRows)
  if (key.pageUp) return scrollBy(-ctx.pageRows)
  if (input === "y") return copyFocused(ctx)
  if (key.escape) return dispatch({ type: "focus", index: -1, scroll: state.scroll })

  if (inTree) {
    if (key.downArrow || input === "j") return cursorBy(1)
    if (key.upArrow || input === "k") return cursorBy(-1)
    if (input === "g") return cursorTo(0)
    if (input === "G") return cursorTo(ctx.rows.length - 1)
    if (!row) return
    if (key.return) return dispatch({ type: "open", id: row.id })
    if (key.rightArrow || input === "l") {
      if (row.hasChildren && !row.expanded) return dispatch({ type: "toggle", id: row.id, open: true })
      return dispatch({ type: "open", id: row.id })
    }
    if (key.leftArrow || input === "h") {
      if (row.hasChildren && row.expanded) return dispatch({ type: "toggle", id: row.id, open: false })
      const parent = ctx.rows.slice(0, state.cursor).findLastIndex((r) => r.depth < row.depth)
      if (parent >= 0) cursorTo(parent)
    }
    return
  }

  if (key.downArrow || input === "j") return scrollBy(1)
  if (key.upArrow || input === "k") return scrollBy(-1)
  if (input === "g") return scrollTo(0)
  if (input === "G") return scrollTo(ctx.maxScroll)
  if (key.leftArrow || input === "h") return dispatch({ type: "pane", pane: "tree" })
  if (key.return || key.rightArrow || input === "l") {
    const focused = ctx.doc.focusables[state.focus]
    if (focused) dispatch({ type: "open", id: focused.id })
  }
}

function handleOverlayKey(input: string, key: Key, ctx: KeyContext) {
  const { state, dispatch } = ctx
  const overlay = state.overlay
  if (!overlay) return
  const max = Math.max(0, ctx.items.length - 1)
  const move = (delta: number) => dispatch({ type: "overlaySelectBy", delta, max })
  const selected = ctx.items[overlay.selected]
  const typing = overlay.kind === "search" || overlay.kind === "glossary" || overlay.kind === "commands"
  if (key.escape || (!typing && input === "q")) return dispatch({ type: "overlay", overlay: null })
  if (key.downArrow || (key.ctrl && input === "n") || key.tab) return move(1)
  if (key.upArrow || (key.ctrl && input === "p")) return move(-1)
  if (key.pageDown) return move(ctx.pageRows)
  if (key.pageUp) return move(-ctx.pageRows)
  if (key.return) {
    if (selected) dispatch({ type: "open", id: selected.id })
    return
  }
  if (overlay.kind === "commands" && input === "y" && selected?.copy) return ctx.copy(selected.copy)
  if (!typing) {
    if (input === "j") return move(1)
    if (input === "k") return move(-1)
    return
  }
  if (key.backspace || key.delete) return dispatch({ type: "overlayErase" })
  // Korean input arrives composed (one syllable per event, or a pasted run): append it as is.
  const text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
  if (text && !key.ctrl && !key.meta) dispatch({ type: "overlayType", text })
}

function cycleFocus(ctx: KeyContext, step: 1 | -1): void {
  const { focusables } = ctx.doc
  if (focusables.length === 0) {
    ctx.dispatch({ type: "message", text: (m) => m.notices.nothingToFocus })
    return
  }
  const from = ctx.state.focus
  const index =
    from < 0
      ? step === 1
        ? 0
        : focusables.length - 1
      : (from + step + focusables.length) % focusables.length
  const line = focusables[index]?.line ?? 0
  const { scroll } = ctx.state
  // Scroll only when the mention is off screen, and then put it a third of the way down.
  const inView = line >= scroll && line < scroll + ctx.pageRows
  const to = inView ? scroll : Math.min(ctx.maxScroll, Math.max(0, line - Math.floor(ctx.pageRows / 3)))
  ctx.dispatch({ type: "focus", index, scroll: to })
}

function copyFocused(ctx: KeyContext): void {
  const focused = ctx.doc.focusables[ctx.state.focus]
  const text = focused?.kind === "command" ? ctx.commandText(focused.id) : ctx.pageCommand
  if (text === undefined) {
    ctx.dispatch({ type: "message", text: (m) => m.notices.commandFirst })
    return
  }
  ctx.copy(text)
}
