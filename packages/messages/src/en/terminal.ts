import type { Messages } from "../catalogue.ts"

export const status: Messages["status"] = {
  hints: "? help · / search · t terms · c cmds · q quit",
  opens: "Enter opens",
  copiesOrOpens: "y copies · Enter opens",
}

export const notices: Messages["notices"] = {
  noEarlierPage: "No earlier page",
  noLaterPage: "No later page",
  bookmarked: "Bookmarked (B lists bookmarks)",
  bookmarkRemoved: "Bookmark removed",
  copied: (text) => `Copied: ${text}`,
  nothingToFocus: "Nothing to focus on this page",
  commandFirst: "Tab to a command first, or press c for the command list",
}

export const overlays: Messages["overlays"] = {
  search: "Search",
  glossary: "Glossary (type to filter)",
  commands: "Commands (y copies, type to filter)",
  backlinks: "Backlinks",
  bookmarks: "Bookmarks",
  help: "Keys",
  count: (count) => `${count} · ↑↓ choose · Enter open · Esc close`,
  loading: "Loading the search index…",
  typeToSearch: "Type to search (Korean works)",
  empty: "Nothing here",
}

export const help: Messages["help"] = {
  title: "Keys (Esc closes)",
  move: "move in the tree / scroll the reader",
  open: "open the topic; in the reader, open the focused mention",
  fold: "fold the topic / back to the tree",
  ends: "top / bottom",
  page: "page the reader",
  cycle: "cycle terms, commands and links in the reader",
  search: "search as you type",
  glossary: "glossary",
  commands: "commands (y copies)",
  copy: "copy the focused command (OSC 52)",
  backlinks: "backlinks of this page",
  history: "back / forward in history",
  bookmark: "bookmark this page / list bookmarks",
  study: "study this page's cards (Space shows, 1-4 rate, u undo, q back)",
  close: "close, clear focus",
  quit: "quit",
}
