import type { ReactNode } from "react"
import type { NotePageTopic } from "../../lib/data/note-page-data.ts"
import { messages as m } from "../../lib/messages.ts"
import { nodeUrl, termUrl, topicUrl } from "../../lib/urls.ts"
import { StudyBadge } from "../study/StudyBadge.tsx"

interface TopicSectionProps {
  /** The topic with its parent, terms, backlinks and card count (from the note's page data). */
  readonly topic: NotePageTopic
  /** The rendered body (a `Prose`). */
  readonly children?: ReactNode
}

const HEADINGS = ["h2", "h3", "h4", "h5", "h6"] as const

/**
 * One topic at its own anchor (`#<slug>`): the heading links to itself, then the body,
 * the parent topic for nested ones, related terms and the places that link here.
 */
export function TopicSection({ topic, children }: TopicSectionProps) {
  const Heading = HEADINGS[Math.min(topic.level, HEADINGS.length) - 1] ?? "h6"
  const { parent, terms, backlinks, cards } = topic
  return (
    <section className={`topic topic-level-${Math.min(topic.level, 4)}`} aria-labelledby={topic.slug}>
      <Heading id={topic.slug} className="topic-heading">
        <a href={topicUrl(topic.id)}>
          {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
        </a>
      </Heading>
      {cards > 0 && (
        <p className="topic-study">
          <StudyBadge scope={topic.id} total={cards} />
        </p>
      )}
      {parent && (
        <p className="topic-parent muted">
          {m.notePage.parentTopic} <a href={topicUrl(parent.id)}>{parent.title}</a>
        </p>
      )}
      {children}
      {(terms.length > 0 || backlinks.length > 0) && (
        <footer className="topic-meta">
          {terms.length > 0 && (
            <div>
              <p className="meta-title">{m.notePage.relatedTerms}</p>
              <ul className="chips">
                {terms.map((term) => (
                  <li key={term.id}>
                    <a href={termUrl(term.id)}>{term.title}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {backlinks.length > 0 && (
            <div>
              <p className="meta-title">{m.notePage.mentionedHere}</p>
              <ul className="chips">
                {backlinks.map((node) => (
                  <li key={node.id}>
                    <a href={nodeUrl(node.id)}>{node.title}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </footer>
      )}
    </section>
  )
}
