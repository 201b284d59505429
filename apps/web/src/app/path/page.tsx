import "../../components/study/study.css"
import type { Metadata } from "next"
import { LearningPathItems } from "../../components/pages/LearningPathItems.tsx"
import { PathMastery } from "../../components/study/PathMastery.tsx"
import { loadDeckCounts } from "../../lib/data/load-deck.ts"
import { loadSite } from "../../lib/data/load-site.ts"
import { PATH_LIST_SLOT } from "../../lib/placeholder.ts"
import { withBase } from "../../lib/urls.ts"

export const metadata: Metadata = { title: "학습 순서" }

/**
 * The learning path (LearningPathItems), with the topic's mastery in this browser (filled by
 * `PathMastery`). A build renders the list's items outside Next and puts them into the page
 * after (scripts/lib/fill-list-pages.mjs): here the list is a slot, set as the element's inner
 * HTML, which React leaves as the page has it when it hydrates — the page's RSC payload does
 * not carry the thousands of items a second time.
 */
export default function PathPage() {
  return (
    <div className="page path-page">
      <h1>학습 순서</h1>
      <p className="lead">
        용어를 정의하는 주제가 그 용어를 쓰는 주제보다 먼저 오도록 정렬했습니다. 나머지는 읽는 순서를
        따릅니다. 숙련도는 주제의 카드 중 기억할 확률이 90% 이상인 복습 카드의 비율입니다 (
        <a href={withBase("/study/")}>공부하기</a>).
      </p>
      {process.env.NODE_ENV === "development" ? (
        <ol className="learning-path">
          <LearningPathItems site={loadSite()} deck={loadDeckCounts()} />
        </ol>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a slot word of our own; the build puts React-rendered items there
        <ol className="learning-path" dangerouslySetInnerHTML={{ __html: PATH_LIST_SLOT }} />
      )}
      <PathMastery />
    </div>
  )
}
