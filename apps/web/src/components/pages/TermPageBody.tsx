import { getIdKey, type TermDescription, type TermNode, type TopicNode } from "@kube-notes/graph"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { noteUrl, termUrl, topicUrl, withBase } from "../../lib/urls.ts"
import { Breadcrumbs } from "../note/Breadcrumbs.tsx"
import { PlaceList as Places } from "../PlaceList.tsx"

const SOURCE_LABEL = {
  note: m.termPage.sourceNote,
  glossary: m.termPage.sourceGlossary,
  both: m.termPage.sourceBoth,
  mention: m.termPage.sourceMention,
} as const

/** A term page's title and description (src/app/terms/[term]/page.tsx's metadata). */
export const termPageMeta = (term: TermNode) => ({ title: term.title, description: term.definition })

/**
 * A term: definition, the notes' sentences about it, aliases, where it is defined and every
 * topic that mentions it. `next dev` renders it in the term route; a build renders it outside
 * Next into the route's template page (src/lib/render/list-pages.tsx).
 */
export function TermPageBody({ term, site }: { readonly term: TermNode; readonly site: Site }) {
  const { defined, mentioned } = site.getTermPlaces(term.id)
  const related = relatedTerms(site, term.id, [...defined, ...mentioned])
  return (
    <div className="page term-page">
      <Breadcrumbs
        items={[{ label: m.glossaryPage.title, href: withBase("/glossary/") }, { label: term.title }]}
      />
      <h1>{term.title}</h1>
      {term.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">{m.glossaryPage.aliases}</span>
          {term.aliases.join(", ")}
        </p>
      )}
      <section aria-labelledby="definition">
        <h2 id="definition">{m.termPage.definition}</h2>
        <p className="definition">{term.definition || m.termPage.noDefinitionYet}</p>
        <p className="muted">
          {m.termPage.source}
          {SOURCE_LABEL[term.source]}
        </p>
      </section>
      {term.descriptions.length > 0 && (
        <section aria-labelledby="descriptions">
          <h2 id="descriptions">노트 속 설명</h2>
          <ul className="descriptions">
            {term.descriptions.map((description) => (
              <li
                key={`${description.position.start.line}:${description.position.start.column}:${description.note}`}
              >
                <q>{description.text}</q> <span className="muted">— </span>
                <DescriptionPlace description={description} site={site} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <PlaceList
        id="defined-in"
        title={m.termPage.definedIn}
        topics={defined}
        site={site}
        empty={m.termPage.notDefinedInNotes}
      />
      <PlaceList
        id="mentioned-in"
        title={m.termPage.mentionedIn(mentioned.length)}
        topics={mentioned}
        site={site}
        empty={m.termPage.notMentioned}
      />
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{m.termPage.relatedTerms}</h2>
          <ul className="chips">
            {related.map((other) => (
              <li key={other.id}>
                <a href={termUrl(other.id)}>{other.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

/** Where a description was written: its topic (or note), linked. */
function DescriptionPlace({
  description,
  site,
}: {
  readonly description: TermDescription
  readonly site: Site
}) {
  const topic = description.topic ? site.query.getNodeOfKind(description.topic, "topic") : undefined
  if (topic) return <a href={topicUrl(topic.id)}>{topic.title}</a>
  const note = site.query.getNodeOfKind(description.note, "note")
  return note ? <a href={noteUrl(getIdKey(note.id))}>{note.title}</a> : null
}

interface PlaceListProps {
  readonly id: string
  readonly title: string
  readonly topics: readonly TopicNode[]
  readonly site: Site
  readonly empty: string
}

function PlaceList({ id, title, topics, site, empty }: PlaceListProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {topics.length === 0 ? <p className="muted">{empty}</p> : <Places topics={topics} site={site} />}
    </section>
  )
}

/** Terms that share topics with this one, most shared first (at most 12). */
function relatedTerms(site: Site, termId: string, topics: readonly TopicNode[]) {
  const shared = new Map<string, number>()
  for (const topic of topics)
    for (const other of site.getTermsOfTopic(topic.id))
      if (other.id !== termId) shared.set(other.id, (shared.get(other.id) ?? 0) + 1)
  return [...shared]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 12)
    .flatMap(([id]) => site.query.getNodeOfKind(id, "term") ?? [])
}
