import type { SearchResult } from "@kube-notes/search"
import { messages as m } from "../../lib/messages.ts"
import { nodeUrl } from "../../lib/urls.ts"
import { Highlight } from "./Highlight.tsx"

/** One search result as a link: kind, title, path and snippet, matches marked. */
export function SearchResultLink({
  result,
  tabIndex,
}: {
  readonly result: SearchResult
  readonly tabIndex?: number
}) {
  return (
    <a href={nodeUrl(result.id)} tabIndex={tabIndex}>
      <span className="search-kind">{m.kinds[result.kind] ?? result.kind}</span>
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
  )
}
