import type { TopicNode } from "@kube-notes/graph"
import type { ReactNode } from "react"
import type { Site } from "../../lib/data/site.ts"
import { messages as m } from "../../lib/messages.ts"
import { nodeUrl, termUrl, topicUrl } from "../../lib/urls.ts"
import { StudyBadge } from "../study/StudyBadge.tsx"

interface TopicSectionProps {
  readonly topic: TopicNode
  readonly site: Site
  /** Study cards made from this topic. */
  readonly cards?: number
  /** The rendered body (a `Prose`). */
  readonly children?: ReactNode
}

const HEADINGS = ["h2", "h3", "h4", "h5", "h6"] as const

/**
 * One topic at its own anchor (`#<slug>`): the heading links to itself, then the body,
 * the parent topic for nested ones, related terms and the places that link here.
 */
export function TopicSection({ topic, site, cards = 0, children }: TopicSectionProps) {
  const Heading = HEADINGS[Math.min(topic.level, HEADINGS.length) - 1] ?? "h6"
  const parent = site.query.getParent(topic.id)
  const terms = site.getTermsOfTopic(topic.id)
  const backlinks = site.query.getBacklinks(topic.id).filter((node) => node.id !== topic.id)
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
      {parent?.kind === "topic" && (
        <p className="topic-parent muted">
          {m.notePage.parentTopic}{" "}
          <a href={topicUrl(parent.id)}>
            {parent.number ? `${parent.number}. ${parent.title}` : parent.title}
          </a>
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
