/** Where the reader opens: the saved position when it still exists, else the first note. */
import type { GraphQuery } from "@kube-notes/graph"
import type { SavedState } from "../state/state-file.ts"
import type { AppState } from "./app-state.ts"
import { firstInReadingOrder } from "./reading-start.ts"
import { literal } from "./status-text.ts"
import { buildTreeRows, initialExpanded } from "./tree-rows.ts"

export function createInitialState(
  query: GraphQuery,
  saved: SavedState | undefined,
  warning: string | undefined,
): AppState {
  const last = saved?.last && query.getNode(saved.last.id) ? saved.last : undefined
  const first = firstInReadingOrder(query) ?? query.listNodes("note")[0]
  const current = last?.id ?? first?.id ?? ""
  const expanded = initialExpanded(query, current)
  const cursor = Math.max(
    0,
    buildTreeRows(query, expanded).findIndex((row) => row.id === current),
  )
  return {
    pane: "tree",
    overlay: null,
    cursor,
    expanded,
    current,
    scroll: last?.scroll ?? 0,
    focus: -1,
    back: [],
    forward: [],
    bookmarks: (saved?.bookmarks ?? []).filter((id) => query.getNode(id)),
    message: warning === undefined ? null : literal(warning),
    study: null,
  }
}
