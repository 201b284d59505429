/**
 * One sitting of study as a pure state machine: which card is up, whether its answer is shown,
 * what was typed or picked, and the progress after each rating. The Ink screen turns keys
 * into these calls; tests drive the same transitions with a fixed clock.
 */
import type { Card, Progress, Rating } from "@kube-notes/study"
import { checkTypedAnswer, choseongHint, type Scheduler, studyQueue } from "@kube-notes/study"

export interface SessionDeps {
  /** The cards in scope (see scopeDeck). */
  readonly deck: readonly Card[]
  readonly scheduler: Scheduler
  readonly now: () => Date
}

export interface Session {
  readonly progress: Progress
  /** The card up, undefined when nothing is due. */
  readonly card: Card | undefined
  readonly revealed: boolean
  /** The answer box is open (typed cards, after Enter): keys are text until Enter or Esc. */
  readonly typing: boolean
  /** What the learner typed (typed cards). */
  readonly typed: string
  /** checkTypedAnswer's verdict once a typed answer was revealed; undefined when nothing was typed. */
  readonly correct?: boolean
  /** The index of the chosen option (choice cards). */
  readonly picked?: number
  readonly hintShown: boolean
  /** Ratings made in this sitting and not undone: `u` undoes only these. */
  readonly rated: number
  /** What just happened, for the status line. */
  readonly note?:
    | { readonly kind: "rated"; readonly rating: Rating; readonly due?: string }
    | { readonly kind: "undone" | "nothingToUndo" | "rateFirst" | "noHint" }
}

/** Typed cards take an answer before the reveal; choice cards take a pick. */
export function isTyped(card: Card | undefined): boolean {
  return card?.answer !== undefined && card.choices === undefined
}

export function startSession(progress: Progress, deps: SessionDeps): Session {
  return fresh(progress, nextCard(progress, deps), 0)
}

/** Opens the answer box of a typed card (Enter on its front). */
export function startTyping(session: Session): Session {
  return isTyped(session.card) && !session.revealed ? { ...withoutNote(session), typing: true } : session
}

/** Esc in the answer box: closes it and forgets the text; the card stays up. */
export function cancelTyping(session: Session): Session {
  return { ...session, typing: false, typed: "" }
}

export function typeText(session: Session, text: string): Session {
  return session.typing ? { ...session, typed: session.typed + text } : session
}

export function eraseChar(session: Session): Session {
  return { ...session, typed: [...session.typed].slice(0, -1).join("") }
}

export function reveal(session: Session): Session {
  const { card } = session
  if (!card || session.revealed) return session
  const typed = session.typed.trim()
  const verdict =
    isTyped(card) && card.answer !== undefined && typed !== ""
      ? { correct: checkTypedAnswer(typed, card.answer) }
      : {}
  return { ...withoutNote(session), revealed: true, typing: false, ...verdict }
}

export function pick(session: Session, index: number): Session {
  const choices = session.card?.choices
  if (!choices || session.revealed || index < 0 || index >= choices.length) return session
  const correct = choices[index] === session.card?.answer
  return { ...reveal(session), picked: index, correct }
}

export function showHint(session: Session): Session {
  return hintOf(session.card) === undefined
    ? { ...session, note: { kind: "noHint" } }
    : { ...withoutNote(session), hintShown: true }
}

/** The hint the card carries, else the 초성 of its answer; none for cards without an answer. */
export function hintOf(card: Card | undefined): string | undefined {
  if (!card) return undefined
  if (card.hint) return card.hint
  return card.answer === undefined ? undefined : choseongHint(card.answer)
}

export function rate(session: Session, rating: Rating, deps: SessionDeps): Session {
  const { card } = session
  if (!card) return session
  if (!session.revealed) return { ...session, note: { kind: "rateFirst" } }
  const progress = deps.scheduler.rate(session.progress, card.id, rating, deps.now())
  const due = progress.cards[card.id]?.due
  return {
    ...fresh(progress, nextCard(progress, deps), session.rated + 1),
    note: { kind: "rated", rating, ...(due ? { due } : {}) },
  }
}

/** Takes back the last rating of this sitting and shows that card again, answer hidden. */
export function undo(session: Session, deps: SessionDeps): Session {
  const last = session.progress.log.at(-1)
  if (session.rated === 0 || !last) return { ...session, note: { kind: "nothingToUndo" } }
  const progress = deps.scheduler.undo(session.progress)
  const card = deps.deck.find((c) => c.id === last.cardId) ?? nextCard(progress, deps)
  return { ...fresh(progress, card, session.rated - 1), note: { kind: "undone" } }
}

/**
 * With no card up, looks again: a card rated Again or Hard comes back minutes later (FSRS
 * short-term steps), so the screen asks on a timer while it waits.
 */
export function refresh(session: Session, deps: SessionDeps): Session {
  if (session.card) return session
  const card = nextCard(session.progress, deps)
  return card ? { ...session, card } : session
}

/** When the next card of the deck becomes due (the soonest after now), for "다음 복습 3분 뒤". */
export function nextDueAt(session: Session, deps: SessionDeps): Date | undefined {
  const now = deps.now().getTime()
  let soonest: number | undefined
  for (const card of deps.deck) {
    const due = session.progress.cards[card.id]?.due
    const at = due === undefined ? Number.NaN : Date.parse(due)
    if (at > now && (soonest === undefined || at < soonest)) soonest = at
  }
  return soonest === undefined ? undefined : new Date(soonest)
}

function nextCard(progress: Progress, deps: SessionDeps): Card | undefined {
  return studyQueue([...deps.deck], progress, deps.now())[0]
}

function fresh(progress: Progress, card: Card | undefined, rated: number): Session {
  return { progress, card, revealed: false, typing: false, typed: "", hintShown: false, rated }
}

function withoutNote(session: Session): Session {
  const { note: _, ...rest } = session
  return rest
}
