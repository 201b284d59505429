import "../../components/study/study.css"
import type { Metadata } from "next"
import { StudyApp } from "../../components/study/StudyApp.tsx"
import { loadDeckCounts } from "../../lib/data/load-deck.ts"
import { withBase } from "../../lib/urls.ts"

export const metadata: Metadata = { title: "공부" }

/** Study mode: cards from the notes, scheduled by FSRS, progress kept in this browser. */
export default function StudyPage() {
  const total = loadDeckCounts().total
  return (
    <div className="page study-page">
      <h1>공부</h1>
      <p className="lead">
        노트에서 만든 카드 {total}개를 간격 반복으로 복습합니다. 진도는 이 브라우저에 저장되며 파일로 내보내고
        가져올 수 있습니다 (<a href={withBase("/path/")}>학습 순서</a>).
      </p>
      <noscript>
        <p>공부 모드는 JavaScript가 필요합니다.</p>
      </noscript>
      <StudyApp />
    </div>
  )
}
