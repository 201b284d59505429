/** Converts between ts-fsrs cards (Date objects, numeric states) and the JSON `CardState`. */
import { type Card as FsrsCard, State } from "ts-fsrs"
import type { CardPhase, CardState } from "../types.ts"

const PHASES: Record<State, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
}
const STATES: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
}

export function toCardState(card: FsrsCard): CardState {
  const state: CardState = {
    phase: PHASES[card.state],
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  }
  if (card.last_review) state.lastReview = card.last_review.toISOString()
  return state
}

export function toFsrsCard(state: CardState): FsrsCard {
  const card: FsrsCard = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATES[state.phase],
  }
  if (state.lastReview) card.last_review = new Date(state.lastReview)
  return card
}
