import type { TopicNode } from "@kube-notes/graph"
import type { Site } from "../../lib/data/site.ts"
import { topicUrl } from "../../lib/urls.ts"

/** Topics as links, each with the title of its note. */
export function PlaceList({ topics, site }: { readonly topics: readonly TopicNode[]; readonly site: Site }) {
  return (
    <ul className="places">
      {topics.map((topic) => (
        <li key={topic.id}>
          <a href={topicUrl(topic.id)}>
            {topic.number && <span className="topic-number">{topic.number}</span>} {topic.title}
          </a>{" "}
          <span className="muted">— {site.query.getNode(topic.note)?.title}</span>
        </li>
      ))}
    </ul>
  )
}
