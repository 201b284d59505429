/**
 * The reader's intermediate form: a document is lines of styled runs, already wrapped to a
 * width, plus the places a reader can focus (term mentions, commands, links). Wrapping here,
 * not in Ink, is what lets Tab know which line a mention landed on.
 */
import type { Style } from "./style.ts"

export interface Run {
  /** Safe text (sanitised), or ANSI from our highlighter when `raw` is set. */
  readonly text: string
  readonly style?: Style
  /** Index into `Document.focusables`: the run is highlighted when that focusable is. */
  readonly focus?: number
  /** An external URL, written as an OSC 8 hyperlink where supported. */
  readonly url?: string
  /** The text already carries our own SGR codes (highlighted code). */
  readonly raw?: boolean
}

export type Line = readonly Run[]

export type FocusKind = "term" | "command" | "node"

export interface Focusable {
  readonly kind: FocusKind
  /** Graph id to open (`term:…`, `command:…`, a topic or note). */
  readonly id: string
  /** Line of the document where it starts (for scrolling it into view). */
  line: number
  /** What it says, for the status line. */
  readonly label: string
}

export interface Document {
  readonly lines: Line[]
  readonly focusables: Focusable[]
}

export function plainLine(text: string, style?: Style): Line {
  return [style ? { text, style } : { text }]
}
