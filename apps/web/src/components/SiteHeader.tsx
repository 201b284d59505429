import { withBase } from "../lib/urls.ts"
import { SearchBox } from "./search/SearchBox.tsx"
import { ThemeToggle } from "./ThemeToggle.tsx"

const LINKS = [
  { href: "/glossary/", label: "용어집" },
  { href: "/commands/", label: "명령어" },
  { href: "/graph/", label: "그래프" },
  { href: "/study/", label: "공부" },
  { href: "/path/", label: "학습 순서" },
] as const

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="site-name" href={withBase("/")}>
        kube-notes
      </a>
      <nav aria-label="사이트">
        <ul>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a href={withBase(link.href)}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <SearchBox />
        <ThemeToggle />
      </div>
    </header>
  )
}
