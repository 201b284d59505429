"use client"

import type { SearchEngine, SearchResult } from "@kube-notes/search"
import { useCallback, useEffect, useRef, useState } from "react"
import { loadEngine } from "../../lib/search/load-engine.ts"
import { nodeUrl } from "../../lib/urls.ts"
import { Highlight } from "./Highlight.tsx"

const KIND_LABEL: Record<string, string> = { topic: "주제", term: "용어", command: "명령어", note: "노트" }

/** The search button and dialog: ⌘K / Ctrl+K or `/` opens it; arrows move, Enter opens. */
export function SearchBox() {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const [engine, setEngine] = useState<SearchEngine | undefined>()
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "unavailable">("idle")
  const [query, setQuery] = useState("")
  const [active, setActive] = useState(0)

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
      const typing =
        event.target instanceof HTMLElement && event.target.closest("input, textarea, [contenteditable]")
      if ((event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !typing)) {
        event.preventDefault()
        open()
      }
    }
    document.addEventListener("keydown", onKey)
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
      >
        <span>검색</span> <kbd>Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className="search-dialog" aria-label="노트 검색" onClose={() => setQuery("")}>
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault()
            go(results[active])
          }}
        >
          <input
            ref={input}
            type="search"
            className="search-input"
            placeholder="주제, 용어, 명령어 검색 (예: 큐블렛)"
            aria-label="검색어"
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
          {status === "loading" && "검색 색인을 불러오는 중…"}
          {status === "unavailable" && "검색 색인을 쓸 수 없습니다."}
          {status === "ready" && query.trim() && `${results.length}개 결과`}
        </p>
        <div id="search-results" className="search-results" role="listbox" aria-label="검색 결과">
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
              <a href={nodeUrl(result.id)} tabIndex={-1}>
                <span className="search-kind">{KIND_LABEL[result.kind] ?? result.kind}</span>
                <span className="search-title">
                  <Highlight text={result.title} ranges={result.titleHighlights} />
                </span>
                {result.path.length > 0 && <span className="search-path">{result.path.join(" › ")}</span>}
                {result.snippet.text && (
                  <span className="search-snippet">
                    <Highlight text={result.snippet.text} ranges={result.snippet.highlights} />
                  </span>
                )}
              </a>
            </div>
          ))}
        </div>
        <button type="button" className="search-close" onClick={() => dialog.current?.close()}>
          닫기
        </button>
      </dialog>
    </>
  )
}
