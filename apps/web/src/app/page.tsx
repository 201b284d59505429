import { getIdKey } from "@kube-notes/graph"
import { StudyBadge } from "../components/study/StudyBadge.tsx"
import { StudyBadges } from "../components/study/StudyBadges.tsx"
import { loadDeck } from "../lib/data/load-deck.ts"
import { loadSite } from "../lib/data/load-site.ts"
import { noteUrl, topicUrl, withBase } from "../lib/urls.ts"

/** Above this many notes the home page lists notes only, not their topics (page weight). */
const TOPICS_ON_HOME_UP_TO = 60

export default function HomePage() {
  const site = loadSite()
  const { counts } = site
  const showTopics = site.notes.length <= TOPICS_ON_HOME_UP_TO
  return (
    <div className="page home">
      <h1>쿠버네티스 공부 노트</h1>
      <p className="lead">
        노트를 읽는 순서대로 모았습니다. 용어에 마우스를 올리거나 키보드로 초점을 옮기면 정의가 보입니다.
      </p>
      <dl className="counts" aria-label="모음 크기">
        <div>
          <dt>노트</dt>
          <dd>{counts.notes}</dd>
        </div>
        <div>
          <dt>주제</dt>
          <dd>{counts.topics}</dd>
        </div>
        <div>
          <dt>
            <a href={withBase("/glossary/")}>용어</a>
          </dt>
          <dd>{counts.terms}</dd>
        </div>
        <div>
          <dt>
            <a href={withBase("/commands/")}>명령어</a>
          </dt>
          <dd>{counts.commands}</dd>
        </div>
      </dl>
      <p className="study-links">
        <StudyBadge total={loadDeck().cards.length} /> <a href={withBase("/path/")}>학습 순서 보기</a>
      </p>
      <StudyBadges />
      <h2>읽는 순서</h2>
      <ol className="reading-path">
        {site.notes.map((note) => {
          const topics = site.getTopicsOfNote(note.id)
          return (
            <li key={note.id}>
              <a className="reading-note" href={noteUrl(getIdKey(note.id))}>
                {note.title}
              </a>{" "}
              <span className="muted">주제 {topics.length}개</span>
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
    </div>
  )
}
