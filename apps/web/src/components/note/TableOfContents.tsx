import type { TopicNode } from "@kube-notes/graph"
import { messages as m } from "../../lib/messages.ts"
import { topicUrl } from "../../lib/urls.ts"

/** The note's topics, indented by nesting level; a disclosure on small screens. */
export function TableOfContents({
  topics,
}: {
  readonly topics: readonly Pick<TopicNode, "id" | "level" | "number" | "title">[]
}) {
  return (
    <nav className="toc" aria-label={m.notePage.tocLabel}>
      <details open>
        <summary>{m.notePage.tocLabel}</summary>
        <ol>
          {topics.map((topic) => (
            <li key={topic.id} className={`toc-level-${Math.min(topic.level, 4)}`}>
              <a href={topicUrl(topic.id)}>
                {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
