"use client"

import type { SearchEngine } from "@kube-notes/search"
import { useEffect, useState } from "react"
import { messages as m } from "../../lib/messages.ts"
import { loadEngine } from "../../lib/search/load-engine.ts"
import { SEARCH_PARAM } from "../../lib/search/shortcut.ts"
import { SearchResultLink } from "./SearchResultLink.tsx"

/** The search page's box and results: the query comes from `?q=` and stays in the URL as it changes. */
export function SearchPageResults() {
  const [engine, setEngine] = useState<SearchEngine | undefined>()
  const [status, setStatus] = useState<"loading" | "ready" | "unavailable">("loading")
  const [query, setQuery] = useState("")

  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get(SEARCH_PARAM) ?? "")
    loadEngine().then(
      (loaded) => {
        setEngine(loaded)
        setStatus(loaded ? "ready" : "unavailable")
      },
      () => setStatus("unavailable"),
    )
  }, [])

  const change = (text: string) => {
    setQuery(text)
    const url = new URL(window.location.href)
    if (text) url.searchParams.set(SEARCH_PARAM, text)
    else url.searchParams.delete(SEARCH_PARAM)
    window.history.replaceState(null, "", url)
  }
  const results = engine && query.trim() ? engine.search(query, { limit: 50 }) : []

  return (
    <div className="js-only">
      <search>
        {/* No <form>: results follow the typing, there is nothing to submit (and the robustness
            suite rightly refuses any form inside <main>, where only notes' content is). */}
        <input
          type="search"
          name={SEARCH_PARAM}
          className="search-input"
          placeholder={m.searchBox.placeholder}
          aria-label={m.searchBox.inputLabel}
          value={query}
          onChange={(event) => change(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the page exists to take a query
          autoFocus
        />
      </search>
      <p className="search-status" role="status">
        {status === "loading" && m.searchBox.loading}
        {status === "unavailable" && m.searchBox.unavailable}
        {status === "ready" && query.trim() && m.searchBox.resultCount(results.length)}
      </p>
      <ol className="search-results" aria-label={m.searchBox.resultsLabel}>
        {results.map((result) => (
          <li key={result.id}>
            <SearchResultLink result={result} />
          </li>
        ))}
      </ol>
    </div>
  )
}
