import "../../components/study/study.css"
import type { Metadata } from "next"
import { PageBody } from "../../components/pages/PageBody.tsx"
import { StudyLead } from "../../components/pages/StudyLead.tsx"
import { StudyApp } from "../../components/study/StudyApp.tsx"
import { loadDeckCounts } from "../../lib/data/load-deck.ts"

export const metadata: Metadata = { title: "공부" }

/**
 * Study mode: cards from the notes, scheduled by FSRS, progress kept in this browser. In a build
 * the lead, which counts the cards, is a slot filled after (PageBody, StudyLead).
 */
export default function StudyPage() {
  return (
    <div className="page study-page">
      <h1>공부</h1>
      <PageBody as="p" className="lead" render={() => <StudyLead total={loadDeckCounts().total} />} />
      <noscript>
        <p>공부 모드는 JavaScript가 필요합니다.</p>
      </noscript>
      <StudyApp />
    </div>
  )
}
