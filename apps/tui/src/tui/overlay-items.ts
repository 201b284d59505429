/** The rows each list overlay shows: search hits, glossary, commands, backlinks, bookmarks. */
import type { GraphQuery } from "@kube-notes/graph"
import { foldName } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import { displayTitle } from "../render/node-document.ts"
import { sanitizeTerminalText as clean } from "../render/sanitize-terminal-text.ts"
import type { Searcher } from "../source/searcher.ts"
import type { Overlay } from "./app-state.ts"

export interface OverlayItem {
  readonly id: string
  readonly label: string
  readonly detail: string
  /** What `y` copies, for commands. */
  readonly copy?: string
}

export interface OverlayInputs {
  readonly query: GraphQuery
  readonly searcher: Searcher | undefined
  readonly current: string
  readonly bookmarks: readonly string[]
  /** The reader's language (kinds are named in the details). */
  readonly messages: Messages
}

export function getOverlayItems(overlay: Overlay, inputs: OverlayInputs): OverlayItem[] {
  const { query } = inputs
  const { kinds } = inputs.messages
  const filter = foldName(overlay.query)
  const matches = (...texts: string[]) => filter === "" || texts.some((t) => foldName(t).includes(filter))
  switch (overlay.kind) {
    case "search":
      if (!inputs.searcher || overlay.query.trim() === "") return []
      return inputs.searcher.search(overlay.query, { limit: 50 }).map((hit) => {
        const node = query.getNode(hit.id)
        return {
          id: hit.id,
          label: clean(node ? displayTitle(node) : hit.title),
          detail: `${kinds[hit.kind]} · ${clean(hit.snippet.text)}`,
        }
      })
    case "glossary":
      return query
        .listNodes("term")
        .filter((t) => matches(t.title, ...t.aliases))
        .map((t) => ({
          id: t.id,
          label: clean(t.title),
          detail: clean([t.aliases.join(", "), t.definition].filter(Boolean).join(" — ")),
        }))
    case "commands":
      return query
        .listNodes("command")
        .filter((c) => matches(c.text, c.tool))
        .map((c) => ({
          id: c.id,
          label: clean(c.text),
          detail: clean([c.tool, ...c.shells].join(" · ")),
          copy: clean(c.text),
        }))
    case "backlinks":
      return query
        .getBacklinks(inputs.current)
        .map((n) => ({ id: n.id, label: displayTitle(n), detail: kinds[n.kind] }))
    case "bookmarks":
      return inputs.bookmarks.flatMap((id) => {
        const node = query.getNode(id)
        return node ? [{ id, label: displayTitle(node), detail: kinds[node.kind] }] : []
      })
    case "help":
      return []
  }
}
