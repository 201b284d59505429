import type { Metadata } from "next"
import { SearchPageResults } from "../../components/search/SearchPageResults.tsx"
import { messages as m } from "../../lib/messages.ts"
import { withBase } from "../../lib/urls.ts"

export const metadata: Metadata = { title: m.searchBox.open }

/**
 * `/search/?q=…`: where the header's search form goes when the page it was on runs no React
 * (note pages, src/plain/page.ts) or no JavaScript at all. A static export cannot answer a query
 * without JavaScript, so this page searches in the browser, as the search dialog does.
 */
export default function SearchPage() {
  return (
    <div className="page search-page">
      <h1>{m.searchBox.open}</h1>
      <noscript>
        <p>
          {m.searchBox.needsScript}
          <a href={withBase("/glossary/")}>{m.glossaryPage.title}</a>
          {m.searchBox.glossaryInstead}
        </p>
      </noscript>
      <SearchPageResults />
    </div>
  )
}
