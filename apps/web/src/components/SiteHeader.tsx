import { messages as m } from "../lib/messages.ts"
import { SEARCH_PAGE, SEARCH_PARAM } from "../lib/search/shortcut.ts"
import { withBase } from "../lib/urls.ts"
import { SearchBox } from "./search/SearchBox.tsx"
import { ThemeToggle } from "./ThemeToggle.tsx"

const LINKS = [
  { href: "/glossary/", label: m.site.navGlossary },
  { href: "/commands/", label: m.site.navCommands },
  { href: "/graph/", label: m.site.navGraph },
  { href: "/study/", label: m.site.navStudy },
  { href: "/path/", label: m.site.navPath },
] as const

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="site-name" href={withBase("/")}>
        kube-notes
      </a>
      <nav aria-label={m.site.navLabel}>
        <ul>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a href={withBase(link.href)}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        {/* Search without JavaScript: a plain GET to the search page (hidden once scripts run,
            when the search button and its dialog take over). */}
        <search className="search-form no-js-only">
          <form action={withBase(SEARCH_PAGE)} method="get">
            <input
              type="search"
              name={SEARCH_PARAM}
              className="search-input"
              placeholder={m.searchBox.placeholder}
              aria-label={m.searchBox.inputLabel}
            />
            <button type="submit">{m.searchBox.submit}</button>
          </form>
        </search>
        <SearchBox />
        <ThemeToggle />
      </div>
    </header>
  )
}
