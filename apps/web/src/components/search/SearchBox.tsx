"use client"

import type { SearchEngine, SearchResult } from "@kube-notes/search"
import { useCallback, useEffect, useRef, useState } from "react"
import { messages as m } from "../../lib/messages.ts"
import { loadEngine } from "../../lib/search/load-engine.ts"
import { isSearchShortcut, SEARCH_PAGE, SEARCH_PARAM } from "../../lib/search/shortcut.ts"
import { nodeUrl, withBase } from "../../lib/urls.ts"
import { SearchResultLink } from "./SearchResultLink.tsx"

/**
 * The search button and dialog: ⌘K / Ctrl+K or `/` opens it; arrows move, Enter opens. The
 * dialog's form is a GET to the search page, so on pages without React (whose plain script only
 * opens the dialog, src/plain/page.ts) Enter shows the results there.
 */
export function SearchBox() {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const [engine, setEngine] = useState<SearchEngine | undefined>()
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "unavailable">("idle")
  const [query, setQuery] = useState("")
  const [active, setActive] = useState(0)
  // Set once the shortcut listener is attached (after hydration): a key pressed before that
  // opens nothing, so browser tests wait for this mark instead of racing React.
  const [listening, setListening] = useState(false)

  const open = useCallback(() => {
    dialog.current?.showModal()
    input.current?.focus()
    if (engine) return
    setStatus("loading")
    loadEngine().then(
      (loaded) => {
        setEngine(loaded)
        setStatus(loaded ? "ready" : "unavailable")
      },
      () => setStatus("unavailable"),
    )
  }, [engine])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isSearchShortcut(event)) {
        event.preventDefault()
        open()
      }
    }
    document.addEventListener("keydown", onKey)
    setListening(true)
    return () => document.removeEventListener("keydown", onKey)
  }, [open])

  const results: SearchResult[] = engine && query.trim() ? engine.search(query, { limit: 12 }) : []
  const go = (result: SearchResult | undefined) => {
    const url = result && nodeUrl(result.id)
    if (!url) return
    dialog.current?.close()
    window.location.assign(url)
  }

  return (
    <>
      <button
        type="button"
        className="search-button js-only"
        onClick={open}
        aria-keyshortcuts="Control+K Meta+K /"
        data-listening={listening ? "" : undefined}
      >
        <span>{m.searchBox.open}</span> <kbd>Ctrl K</kbd>
      </button>
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-label={m.searchBox.dialogLabel}
        onClose={() => setQuery("")}
      >
        <form
          method="get"
          action={withBase(SEARCH_PAGE)}
          onSubmit={(event) => {
            event.preventDefault()
            go(results[active])
          }}
        >
          <input
            ref={input}
            type="search"
            name={SEARCH_PARAM}
            className="search-input"
            placeholder={m.searchBox.placeholder}
            aria-label={m.searchBox.inputLabel}
            aria-controls="search-results"
            aria-activedescendant={results[active] ? `search-result-${active}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value)
              setActive(0)
            }}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown")
                setActive((i) => Math.min(i + 1, Math.max(results.length - 1, 0)))
              else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0))
              else return
              event.preventDefault()
            }}
          />
        </form>
        <p className="search-status" role="status">
          {status === "loading" && m.searchBox.loading}
          {status === "unavailable" && m.searchBox.unavailable}
          {status === "ready" && query.trim() && m.searchBox.resultCount(results.length)}
        </p>
        <div
          id="search-results"
          className="search-results"
          role="listbox"
          aria-label={m.searchBox.resultsLabel}
        >
          {results.map((result, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, as in the combobox pattern
            <div
              key={result.id}
              id={`search-result-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              onMouseEnter={() => setActive(index)}
            >
              <SearchResultLink result={result} tabIndex={-1} />
            </div>
          ))}
        </div>
        <button type="button" className="search-close" onClick={() => dialog.current?.close()}>
          {m.searchBox.close}
        </button>
      </dialog>
    </>
  )
}
