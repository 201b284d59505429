/**
 * The header's search dialog on pages without React: the markup SearchBox.tsx rendered (button,
 * dialog, input, status, listbox), driven as the React box drives it — ⌘K / Ctrl+K or `/` opens
 * it, the engine and index load on first open (lib/search/load-engine.ts, a chunk of its own),
 * results show as the query is typed, arrows move, Enter opens the chosen result. With no result
 * chosen, Enter submits the dialog's form: a GET to the search page.
 */
import type { SearchEngine, SearchResult } from "@kube-notes/search"
import { messages as m } from "../lib/messages.ts"
import { highlightParts } from "../lib/search/highlight-parts.ts"
import { loadEngine } from "../lib/search/load-engine.ts"
import { isSearchShortcut } from "../lib/search/shortcut.ts"
import { nodeUrl } from "../lib/urls.ts"

const LIMIT = 12

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function highlighted(className: string, text: string, ranges: readonly (readonly [number, number])[]) {
  const span = element("span", className)
  for (const part of highlightParts(text, ranges))
    span.append(part.marked ? element("mark", undefined, part.text) : part.text)
  return span
}

/** One result as SearchResultLink.tsx prints it. */
function resultLink(result: SearchResult): HTMLAnchorElement {
  const link = element("a")
  link.href = nodeUrl(result.id) ?? ""
  link.tabIndex = -1
  link.append(element("span", "search-kind", m.kinds[result.kind] ?? result.kind))
  link.append(highlighted("search-title", result.title, result.titleHighlights))
  if (result.path.length > 0) link.append(element("span", "search-path", result.path.join(" › ")))
  if (result.snippet.text)
    link.append(highlighted("search-snippet", result.snippet.text, result.snippet.highlights))
  return link
}

export function enhanceSearchDialog(button: HTMLButtonElement, dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>("input[type=search]")
  const form = dialog.querySelector("form")
  const status = dialog.querySelector(".search-status")
  const list = dialog.querySelector<HTMLElement>(".search-results")
  if (!input || !form || !status || !list) return
  let engine: SearchEngine | undefined
  let results: SearchResult[] = []
  let active = 0

  const show = () => {
    const query = input.value.trim()
    results = engine && query ? engine.search(input.value, { limit: LIMIT }) : []
    active = Math.min(active, Math.max(results.length - 1, 0))
    if (engine && query) status.textContent = m.searchBox.resultCount(results.length)
    else if (engine) status.textContent = ""
    list.replaceChildren(
      ...results.map((result, index) => {
        const option = element("div", index === active ? "active" : undefined)
        option.id = `search-result-${index}`
        option.setAttribute("role", "option")
        option.setAttribute("aria-selected", String(index === active))
        option.addEventListener("mouseenter", () => {
          active = index
          show()
        })
        option.append(resultLink(result))
        return option
      }),
    )
    if (results[active]) input.setAttribute("aria-activedescendant", `search-result-${active}`)
    else input.removeAttribute("aria-activedescendant")
  }

  const open = () => {
    if (!dialog.open) dialog.showModal()
    input.focus()
    if (engine) return
    status.textContent = m.searchBox.loading
    loadEngine().then(
      (loaded) => {
        engine = loaded
        status.textContent = loaded ? "" : m.searchBox.unavailable
        show()
      },
      () => {
        status.textContent = m.searchBox.unavailable
      },
    )
  }

  button.addEventListener("click", open)
  dialog.querySelector(".search-close")?.addEventListener("click", () => dialog.close())
  dialog.addEventListener("close", () => {
    input.value = ""
    active = 0
    show()
  })
  input.addEventListener("input", () => {
    active = 0
    show()
  })
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") active = Math.min(active + 1, Math.max(results.length - 1, 0))
    else if (event.key === "ArrowUp") active = Math.max(active - 1, 0)
    else return
    event.preventDefault()
    show()
  })
  form.addEventListener("submit", (event) => {
    const chosen = results[active]
    const url = chosen && nodeUrl(chosen.id)
    if (!url) return // no result chosen: the search page answers the query
    event.preventDefault()
    dialog.close()
    window.location.assign(url)
  })
  document.addEventListener("keydown", (event) => {
    if (!isSearchShortcut(event)) return
    event.preventDefault()
    open()
  })
  // The same mark the React search box sets once its shortcut listener is attached.
  button.dataset.listening = ""
}
