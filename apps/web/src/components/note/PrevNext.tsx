import { getIdKey } from "@kube-notes/graph"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { noteUrl } from "../../lib/urls.ts"

/** The notes before and after this one in reading order. */
export function PrevNext({ site, noteId }: { readonly site: Site; readonly noteId: string }) {
  const index = site.notes.findIndex((note) => note.id === noteId)
  const previous = index > 0 ? site.notes[index - 1] : undefined
  const next = index >= 0 ? site.notes[index + 1] : undefined
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
