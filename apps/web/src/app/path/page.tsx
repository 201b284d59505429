import "../../components/study/study.css"
import type { TopicNode } from "@kube-notes/graph"
import { learningPath } from "@kube-notes/study"
import type { Metadata } from "next"
import { PathMastery } from "../../components/study/PathMastery.tsx"
import { loadDeckCounts } from "../../lib/data/load-deck.ts"
import { loadSite } from "../../lib/data/load-site.ts"
import { topicUrl, withBase } from "../../lib/urls.ts"

export const metadata: Metadata = { title: "학습 순서" }

/**
 * The learning path: topics in an order where each term is defined before the topics that
 * use it, with the topic's mastery in this browser (filled by `PathMastery`).
 */
export default function PathPage() {
  const site = loadSite()
  const deck = loadDeckCounts()
  const topics = learningPath(site.query.graph)
    .map((id) => site.query.getTopic(id))
    .filter((topic): topic is TopicNode => topic !== undefined)
  return (
    <div className="page path-page">
      <h1>학습 순서</h1>
      <p className="lead">
        용어를 정의하는 주제가 그 용어를 쓰는 주제보다 먼저 오도록 정렬했습니다. 나머지는 읽는 순서를
        따릅니다. 숙련도는 주제의 카드 중 기억할 확률이 90% 이상인 복습 카드의 비율입니다 (
        <a href={withBase("/study/")}>공부하기</a>).
      </p>
      <ol className="learning-path">
        {topics.map((topic) => {
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
                  <a href={withBase(`/study/?topic=${encodeURIComponent(topic.id)}`)}>카드 {cards}개</a> ·
                  숙련도 <span data-mastery-topic={topic.id}>–</span>
                </span>
              ) : (
                <span className="path-mastery muted">카드 없음</span>
              )}
            </li>
          )
        })}
      </ol>
      <PathMastery />
    </div>
  )
}
