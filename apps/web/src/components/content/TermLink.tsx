import type { TermNode } from "@kube-notes/graph"
import type { ReactNode } from "react"
import { termUrl } from "../../lib/urls.ts"

export type TermLookup = (termId: string) => TermNode | undefined

interface TermLinkProps {
  readonly termId: string
  readonly getTerm: TermLookup
  /** Id of the tooltip, unique in the page (aria-describedby points at it). */
  readonly tipId: string
  readonly children?: ReactNode
}

/**
 * A mention of a glossary term: a link to the term's page, and its definition in a
 * tooltip shown on hover and on keyboard focus by CSS alone (works with JavaScript off).
 */
export function TermLink({ termId, getTerm, tipId, children }: TermLinkProps) {
  const term = getTerm(termId)
  if (!term) return <>{children}</>
  return (
    <span className="term">
      <a className="term-link" href={termUrl(term.id)} aria-describedby={tipId}>
        {children}
      </a>
      <span className="term-tip" role="tooltip" id={tipId}>
        <strong>{term.title}</strong>
        {term.definition ? ` — ${term.definition}` : " — 아직 정의가 없습니다."}
      </span>
    </span>
  )
}
