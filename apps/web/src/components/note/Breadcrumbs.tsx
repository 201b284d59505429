import { messages as m } from "../../lib/messages.ts"
import { withBase } from "../../lib/urls.ts"

export interface Crumb {
  readonly label: string
  readonly href?: string
}

/** 홈 › … › the current page (the last crumb is not a link). */
export function Breadcrumbs({ items }: { readonly items: readonly Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label={m.notePage.breadcrumbsLabel}>
      <ol>
        <li>
          <a href={withBase("/")}>{m.notePage.home}</a>
        </li>
        {items.map((item, index) => (
          <li key={item.href ?? item.label} aria-current={index === items.length - 1 ? "page" : undefined}>
            {item.href ? <a href={item.href}>{item.label}</a> : item.label}
          </li>
        ))}
      </ol>
    </nav>
  )
}
