import { getIdKey } from "@kube-notes/graph"
import type { PageLink } from "../../lib/data/note-page-data.ts"
import { messages as m } from "../../lib/messages.ts"
import { noteUrl } from "../../lib/urls.ts"

interface PrevNextProps {
  readonly previous?: PageLink | undefined
  readonly next?: PageLink | undefined
}

/** The notes before and after this one in reading order. */
export function PrevNext({ previous, next }: PrevNextProps) {
  if (!previous && !next) return null
  return (
    <nav className="prev-next" aria-label={m.notePage.readingOrderLabel}>
      {previous ? (
        <a rel="prev" href={noteUrl(getIdKey(previous.id))}>
          <span className="muted">{m.notePage.previousNote}</span>
          <span>{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a rel="next" className="next" href={noteUrl(getIdKey(next.id))}>
          <span className="muted">{m.notePage.nextNote}</span>
          <span>{next.title}</span>
        </a>
      )}
    </nav>
  )
}
