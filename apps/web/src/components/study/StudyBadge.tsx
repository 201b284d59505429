import "./study.css"
import { withBase } from "../../lib/urls.ts"

interface StudyBadgeProps {
  /** A note or topic id; none for the whole deck. */
  readonly scope?: string
  /** Cards in that scope, counted at build time. */
  readonly total: number
}

/**
 * "카드 N개 · 복습 예정 M개", linking to the study page for that scope. M is filled in the
 * browser by `StudyBadges` (it depends on this browser's progress); without JavaScript it stays "–".
 */
export function StudyBadge({ scope, total }: StudyBadgeProps) {
  if (total === 0) return null
  const href = withBase(scope ? `/study/?topic=${encodeURIComponent(scope)}` : "/study/")
  return (
    <a className="study-badge" href={href} data-study-scope={scope ?? ""}>
      카드 {total}개 · 복습 예정 <span data-study-due>–</span>개
    </a>
  )
}
