/**
 * The keys that open search from anywhere on a page: ⌘K / Ctrl+K, or `/` when not typing.
 * Shared by the React search box and the plain script of pages without React (src/plain/page.ts).
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const typing =
    event.target instanceof HTMLElement && event.target.closest("input, textarea, [contenteditable]")
  return (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !typing)
}

/** Where a search is answered as a page: `/search/?q=…` (app/search/page.tsx). */
export const SEARCH_PAGE = "/search/"
export const SEARCH_PARAM = "q"
