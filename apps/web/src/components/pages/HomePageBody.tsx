import { getIdKey } from "@kube-notes/graph"
import type { DeckCounts } from "../../lib/data/load-deck.ts"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { noteUrl, topicUrl, withBase } from "../../lib/urls.ts"
import { StudyBadge } from "../study/StudyBadge.tsx"
import { StudyBadges } from "../study/StudyBadges.tsx"

/** Above this many notes the home page lists notes only, not their topics (page weight). */
const TOPICS_ON_HOME_UP_TO = 60

/**
 * The home page's content (inside `<div class="page home">`): counts, the study badge and every
 * note in reading order. `next dev` renders it in the home route; a build renders it outside Next
 * (src/lib/render/list-pages.tsx) into the slot the route leaves (src/components/pages/PageBody.tsx).
 */
export function HomePageBody({ site, deck }: { readonly site: Site; readonly deck: DeckCounts }) {
  const { counts } = site
  const showTopics = site.notes.length <= TOPICS_ON_HOME_UP_TO
  return (
    <>
      <h1>{m.home.title}</h1>
      <p className="lead">{m.home.lead}</p>
      <dl className="counts" aria-label={m.home.countsLabel}>
        <div>
          <dt>{m.kinds.note}</dt>
          <dd>{counts.notes}</dd>
        </div>
        <div>
          <dt>{m.kinds.topic}</dt>
          <dd>{counts.topics}</dd>
        </div>
        <div>
          <dt>
            <a href={withBase("/glossary/")}>{m.kinds.term}</a>
          </dt>
          <dd>{counts.terms}</dd>
        </div>
        <div>
          <dt>
            <a href={withBase("/commands/")}>{m.kinds.command}</a>
          </dt>
          <dd>{counts.commands}</dd>
        </div>
      </dl>
      <p className="study-links">
        <StudyBadge total={deck.total} /> <a href={withBase("/path/")}>{m.home.pathLink}</a>
      </p>
      <StudyBadges />
      <h2>{m.home.readingOrder}</h2>
      <ol className="reading-path">
        {site.notes.map((note) => {
          const topics = site.getTopicsOfNote(note.id)
          return (
            <li key={note.id}>
              <a className="reading-note" href={noteUrl(getIdKey(note.id))}>
                {note.title}
              </a>{" "}
              <span className="muted">{m.home.topicCount(topics.length)}</span>
              {showTopics && topics.length > 0 && (
                <ol className="reading-topics">
                  {topics.map((topic) => (
                    <li key={topic.id} style={{ marginInlineStart: `${(topic.level - 1) * 1.25}rem` }}>
                      <a href={topicUrl(topic.id)}>
                        {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          )
        })}
      </ol>
    </>
  )
}
