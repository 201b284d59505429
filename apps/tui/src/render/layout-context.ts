/** What block and inline layout share while turning one mdast tree into lines. */
import type { GraphQuery } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import type { Focusable } from "./runs.ts"
import type { Style } from "./style.ts"

export interface LayoutContext {
  readonly query: GraphQuery
  /** The reader's language, for the few words layout adds (image placeholders, "code"). */
  readonly messages: Messages
  /** Filled while laying out; line numbers are set once wrapping is done. */
  readonly focusables: Focusable[]
  /** Highlighted code (our own ANSI) for a fence, or undefined to print it plain. */
  readonly highlight?: (code: string, lang: string | undefined) => string | undefined
}

/** Shared style objects: runs with the same style object merge when wrapped. */
export const STYLES = {
  strong: { bold: true },
  emphasis: { italic: true },
  strongEmphasis: { bold: true, italic: true },
  delete: { strike: true },
  code: { color: "cyan" },
  term: { color: "yellow", underline: true },
  command: { color: "green" },
  link: { color: "blue", underline: true },
  image: { color: "magenta" },
  dim: { dim: true },
  heading: { bold: true, color: "cyan" },
  title: { bold: true, underline: true },
  marker: { color: "gray" },
  html: { dim: true },
} as const satisfies Record<string, Style>

export function addFocusable(ctx: LayoutContext, focusable: Omit<Focusable, "line">): number {
  ctx.focusables.push({ ...focusable, line: -1 })
  return ctx.focusables.length - 1
}
