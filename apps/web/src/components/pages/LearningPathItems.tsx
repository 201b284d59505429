import type { TopicNode } from "@kube-notes/graph"
import { learningPath } from "@kube-notes/study"
import type { DeckCounts } from "../../lib/data/load-deck.ts"
import type { Site } from "../../lib/data/site.ts"
import { topicUrl, withBase } from "../../lib/urls.ts"

/**
 * The learning path's items: topics in an order where each term is defined before the topics
 * that use it, each with its card count and a mastery cell `PathMastery` fills in the browser.
 * `next dev` renders them in the path page; a build renders them outside Next
 * (src/lib/render/list-pages.tsx) into the page's list (scripts/lib/fill-list-pages.mjs).
 */
export function LearningPathItems({ site, deck }: { readonly site: Site; readonly deck: DeckCounts }) {
  const topics = learningPath(site.query.graph)
    .map((id) => site.query.getTopic(id))
    .filter((topic): topic is TopicNode => topic !== undefined)
  return topics.map((topic) => {
    const cards = deck.countOf(topic.id)
    const note = site.query.getNode(topic.note)
    return (
      <li key={topic.id}>
        <a href={topicUrl(topic.id)}>
          {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
        </a>{" "}
        <span className="muted">{note?.title}</span>
        {cards > 0 ? (
          <span className="path-mastery">
            {/* One text node between the link and the cell, as the page always printed it. */}
            <a href={withBase(`/study/?topic=${encodeURIComponent(topic.id)}`)}>카드 {cards}개</a>
            {" · 숙련도 "}
            <span data-mastery-topic={topic.id}>–</span>
          </span>
        ) : (
          <span className="path-mastery muted">카드 없음</span>
        )}
      </li>
    )
  })
}
