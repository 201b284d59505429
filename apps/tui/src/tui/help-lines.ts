/**
 * The `?` screen: the keys, written here, and what each does, from the catalogue
 * (`help.*` in @kube-notes/messages) in the reader's language.
 */
import type { Messages } from "@kube-notes/messages"

export const HELP_LINES: readonly (readonly [keys: string, what: keyof Messages["help"]])[] = [
  ["↑ ↓  j k", "move"],
  ["Enter  l →", "open"],
  ["h ←", "fold"],
  ["g  G", "ends"],
  ["PgUp PgDn Space", "page"],
  ["Tab  Shift-Tab", "cycle"],
  ["/", "search"],
  ["t", "glossary"],
  ["c", "commands"],
  ["y", "copy"],
  ["b", "backlinks"],
  ["[  ]  Backspace", "history"],
  ["m  B", "bookmark"],
  ["s", "study"],
  ["Esc", "close"],
  ["q", "quit"],
]

/** Width of the keys column: the longest keys and two spaces. */
export const KEYS_COLUMN = 17
