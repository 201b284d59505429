import type { Site } from "../../lib/data/site.ts"
import { groupGlossary } from "../../lib/glossary.ts"
import { messages as m } from "../../lib/messages.ts"
import { termUrl } from "../../lib/urls.ts"

/**
 * The glossary's content (inside `<div class="page glossary-page">`): every term and alias,
 * grouped by initial. `next dev` renders it in the glossary route; a build renders it outside
 * Next (src/lib/render/list-pages.tsx) into the slot the route leaves (PageBody.tsx).
 */
export function GlossaryPageBody({ site }: { readonly site: Site }) {
  const groups = groupGlossary(site.query.listNodes("term"))
  return (
    <>
      <h1>{m.glossaryPage.title}</h1>
      <p className="lead">{m.glossaryPage.lead}</p>
      <nav className="glossary-index" aria-label={m.glossaryPage.indexLabel}>
        <ul>
          {groups.map((group) => (
            <li key={group.label}>
              <a href={`#group-${encodeURIComponent(group.label)}`}>{group.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.label} aria-labelledby={`group-${group.label}`} className="glossary-group">
          <h2 id={`group-${group.label}`}>{group.label}</h2>
          <dl>
            {group.entries.map((entry) => (
              <div
                key={`${entry.term.id}-${entry.name}`}
                className={entry.isAlias ? "glossary-alias" : "glossary-term"}
              >
                <dt>
                  <a href={termUrl(entry.term.id)}>{entry.name}</a>
                </dt>
                {entry.isAlias ? (
                  <dd className="muted">→ {entry.term.title}</dd>
                ) : (
                  <dd>
                    {entry.term.definition || <span className="muted">{m.glossaryPage.noDefinition}</span>}
                    {entry.term.aliases.length > 0 && (
                      <span className="aliases">
                        {m.glossaryPage.aliases}
                        {entry.term.aliases.join(", ")}
                      </span>
                    )}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  )
}
