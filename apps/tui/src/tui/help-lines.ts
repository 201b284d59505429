/** The `?` screen. */
export const HELP_LINES: readonly (readonly [string, string])[] = [
  ["↑ ↓  j k", "move in the tree / scroll the reader"],
  ["Enter  l →", "open the topic; in the reader, open the focused mention"],
  ["h ←", "fold the topic / back to the tree"],
  ["g  G", "top / bottom"],
  ["PgUp PgDn Space", "page the reader"],
  ["Tab  Shift-Tab", "cycle terms, commands and links in the reader"],
  ["/", "search as you type"],
  ["t", "glossary"],
  ["c", "commands (y copies)"],
  ["y", "copy the focused command (OSC 52)"],
  ["b", "backlinks of this page"],
  ["[  ]  Backspace", "back / forward in history"],
  ["m  B", "bookmark this page / list bookmarks"],
  ["s", "study this topic's cards (Space shows, 1-4 rate, u undo, q back)"],
  ["Esc", "close, clear focus"],
  ["q", "quit"],
]
