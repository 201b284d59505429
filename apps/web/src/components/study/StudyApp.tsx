"use client"

import { useEffect, useRef, useState } from "react"
import { ProgressFiles } from "./ProgressFiles.tsx"
import { RatingButtons } from "./RatingButtons.tsx"
import { ReviewChart } from "./ReviewChart.tsx"
import { StudyCard } from "./StudyCard.tsx"
import { useOfflineWorker } from "./use-offline-worker.ts"
import { useStudySession } from "./use-study-session.ts"

/**
 * The study page: counts, the card, the keys (Space/Enter reveal, 1–4 rate, u undo), the
 * 30-day chart and the progress file buttons. Everything runs in the browser.
 */
export function StudyApp() {
  const [topicId, setTopicId] = useState<string>()
  useEffect(() => setTopicId(new URLSearchParams(location.search).get("topic") ?? undefined), [])
  const session = useStudySession(topicId)
  useOfflineWorker()
  const { current } = session
  const [revealed, setRevealed] = useState(false)
  const [typed, setTyped] = useState("")
  const [picked, setPicked] = useState<string>()
  const [hintShown, setHintShown] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  // The same card may come back right after an undo: a new rating count also starts it afresh.
  const turn = current ? `${current.id}@${session.progress.log.length}` : undefined

  // A new card starts hidden: reset while rendering it. Reset in an effect (after the paint),
  // the next card was first drawn with the last one's state: its answer showed for a frame,
  // and a key pressed in that frame was read as if the learner had asked for that answer.
  const [shownTurn, setShownTurn] = useState(turn)
  if (shownTurn !== turn) {
    setShownTurn(turn)
    setRevealed(false)
    setTyped("")
    setPicked(undefined)
    setHintShown(false)
  }
  // With the answer box focused when it has one.
  useEffect(() => {
    if (turn) inputRef.current?.focus()
  }, [turn])

  const reveal = () => {
    setRevealed(true)
    inputRef.current?.blur()
  }

  const keys = useRef({ reveal, revealed, session })
  keys.current = { reveal, revealed, session }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const { reveal, revealed, session } = keys.current
      const typing = event.target instanceof HTMLInputElement && !event.target.disabled
      if (typing) return // The answer box handles its own keys; Enter submits its form.
      if (!revealed && (event.key === " " || event.key === "Enter") && session.current) {
        if (event.target instanceof HTMLButtonElement) return // Let the button do what it says.
        event.preventDefault()
        reveal()
      } else if (revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault()
        session.rate(Number(event.key) as 1 | 2 | 3 | 4)
      } else if (event.key === "u" || event.key === "U") {
        event.preventDefault()
        session.undo()
      }
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [])

  const { counts } = session
  return (
    <div className="study">
      <dl className="counts study-counts" aria-label="공부 현황">
        <div>
          <dt>복습 예정</dt>
          <dd data-count="due">{session.deck ? counts.due : "…"}</dd>
        </div>
        <div>
          <dt>새 카드</dt>
          <dd data-count="new">{session.deck ? counts.new : "…"}</dd>
        </div>
        <div>
          <dt>익힌 카드</dt>
          <dd data-count="learned">{session.deck ? counts.learned : "…"}</dd>
        </div>
      </dl>
      {session.message && (
        <p className="study-message" role="status">
          {session.message}
        </p>
      )}
      {!session.deck ? (
        <p className="muted">카드를 불러오는 중…</p>
      ) : current ? (
        <>
          <StudyCard
            card={current}
            revealed={revealed}
            typed={typed}
            onTyped={setTyped}
            picked={picked}
            onPick={(choice) => {
              setPicked(choice)
              reveal()
            }}
            hintShown={hintShown}
            onHint={() => setHintShown(true)}
            onReveal={reveal}
            inputRef={inputRef}
          />
          {revealed && <RatingButtons onRate={session.rate} />}
        </>
      ) : (
        <p className="study-done">
          지금 공부할 카드가 없습니다.
          {session.nextInMinutes !== undefined &&
            ` 다음 카드는 약 ${session.nextInMinutes}분 뒤에 돌아옵니다.`}
        </p>
      )}
      <p className="study-keys muted">
        <kbd>Space</kbd>/<kbd>Enter</kbd> 정답 보기 · <kbd>1</kbd>–<kbd>4</kbd> 다시·어려움·알맞음·쉬움 ·{" "}
        <kbd>u</kbd> 되돌리기 · <kbd>Esc</kbd> 답 칸에서 나가기
        {session.progress.log.length > 0 && (
          <>
            {" "}
            ·{" "}
            <button type="button" className="link-button" onClick={session.undo}>
              마지막 평가 취소
            </button>
          </>
        )}
      </p>
      {/* Only in the browser: it depends on today's date, which the build does not know. */}
      {session.deck && <ReviewChart log={session.progress.log} now={session.now} />}
      <ProgressFiles
        progress={session.progress}
        onImport={(merged, added) => {
          session.replace(merged)
          session.setMessage(`진도를 가져왔습니다: 새 복습 기록 ${added}개.`)
        }}
        onError={session.setMessage}
      />
    </div>
  )
}
