"use client"

import { type Card, checkTypedAnswer } from "@kube-notes/study"
import type { RefObject } from "react"

const TYPE_LABELS: Record<Card["type"], string> = {
  "term-definition": "용어 → 뜻",
  "definition-term": "뜻 → 용어",
  "alias-term": "다른 이름 → 용어",
  command: "명령어",
  option: "옵션",
  cloze: "빈칸",
  choice: "객관식",
}

interface StudyCardProps {
  readonly card: Card
  readonly revealed: boolean
  readonly typed: string
  readonly onTyped: (text: string) => void
  readonly picked: string | undefined
  readonly onPick: (choice: string) => void
  readonly hintShown: boolean
  readonly onHint: () => void
  readonly onReveal: () => void
  readonly inputRef: RefObject<HTMLInputElement | null>
}

/** One card: the front, a typed answer or choices, and after revealing the back and a verdict. */
export function StudyCard(props: StudyCardProps) {
  const { card, revealed, typed, picked } = props
  const typedCard = card.answer !== undefined && !card.choices
  const given = card.choices ? picked : typed.trim() ? typed : undefined
  const correct = given !== undefined && card.answer !== undefined && checkTypedAnswer(given, card.answer)
  return (
    <article className="study-card" aria-live="polite" data-card-id={card.id}>
      <p className="study-card-type muted">{TYPE_LABELS[card.type]}</p>
      <p className="study-front">{card.front}</p>
      {typedCard && (
        <form
          className="study-answer"
          onSubmit={(event) => {
            event.preventDefault()
            props.onReveal()
          }}
        >
          <label>
            <span className="visually-hidden">답</span>
            <input
              ref={props.inputRef}
              value={typed}
              disabled={revealed}
              onChange={(event) => props.onTyped(event.target.value)}
              // Esc leaves the box, so the page's keys (u to undo) work without the mouse.
              onKeyDown={(event) => {
                if (event.key === "Escape") event.currentTarget.blur()
              }}
              placeholder="답을 입력하고 Enter"
              autoComplete="off"
              spellCheck={false}
            />
          </label>
          {card.hint && !revealed && (
            <button type="button" className="hint-button" onClick={props.onHint}>
              초성 힌트
            </button>
          )}
          {card.hint && props.hintShown && <p className="study-hint">힌트: {card.hint}</p>}
        </form>
      )}
      {card.choices && (
        <ol className="study-choices">
          {card.choices.map((choice) => (
            <li key={choice}>
              <button
                type="button"
                disabled={revealed}
                aria-pressed={picked === choice}
                className={revealed && choice === card.answer ? "choice-answer" : undefined}
                onClick={() => props.onPick(choice)}
              >
                {choice}
              </button>
            </li>
          ))}
        </ol>
      )}
      {revealed ? (
        <div className="study-back">
          {given !== undefined && (
            <p className={correct ? "verdict verdict-right" : "verdict verdict-wrong"}>
              {correct ? "맞았습니다" : `입력: ${given}`}
            </p>
          )}
          <p>{card.back}</p>
        </div>
      ) : (
        <button type="button" className="reveal-button" onClick={props.onReveal}>
          정답 보기 <kbd>Space</kbd>
        </button>
      )}
    </article>
  )
}
