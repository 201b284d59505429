import type { ReactNode } from "react"
import { PAGE_BODY_SLOT } from "../../lib/placeholder.ts"

interface PageBodyProps {
  /** The element: a `div` unless said. */
  readonly as?: "div" | "p"
  /** Its class, e.g. `page home`. */
  readonly className: string
  /** The page's content: called under `next dev` only, so a build reads no notes for it. */
  readonly render: () => ReactNode
}

/**
 * A page's content, or a part of it, rendered outside Next in a build: under `next dev` the element holds
 * `render()`; in a build its inner HTML is a slot, which the build fills with the same
 * component's markup, rendered by React's `renderToString` (src/lib/render/list-pages.tsx,
 * scripts/lib/fill-list-pages.mjs). React in production neither compares nor replaces an
 * element's inner HTML when it hydrates, so a page that keeps React keeps the content the build
 * wrote, and its RSC payload does not carry it a second time.
 */
export function PageBody({ as: Element = "div", className, render }: PageBodyProps) {
  if (process.env.NODE_ENV === "development") return <Element className={className}>{render()}</Element>
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a slot word of our own; the build puts React-rendered markup there
  return <Element className={className} dangerouslySetInnerHTML={{ __html: PAGE_BODY_SLOT }} />
}
