/**
 * The public shapes of study mode: cards, ratings, the review log and the progress file.
 * Plain types: they run nowhere and cost nothing in a bundle.
 */

export type CardType =
  | "term-definition"
  | "definition-term"
  | "alias-term"
  | "command"
  | "option"
  | "cloze"
  | "choice"

/**
 * One thing to recall. `id` is the node id, the card type and, where a node yields several cards
 * of one type, a readable key (`term:kubelet:alias-term:큐블렛`). It is never a hash of the text,
 * so rewording a definition keeps the card's history.
 */
export interface Card {
  id: string
  type: CardType
  /** The graph node the card is made from (a term, a command or, for `choice`, a topic). */
  nodeId: string
  /** The note the card belongs to. */
  noteId: string
  /** The topic that defines, uses or holds the card's node, when there is one. */
  topicId?: string
  /** What the learner sees first. Never contains the answer. */
  front: string
  /** What the learner sees after revealing. */
  back: string
  /** Set on cards the learner may type or pick: the expected answer (see `checkTypedAnswer`). */
  answer?: string
  /** A hint shown on request (초성 of the answer for typed cards). */
  hint?: string
  /** For `choice` cards: the options, the answer among them, in a stable order. */
  choices?: string[]
}

/** Again, Hard, Good, Easy (keys 1–4). */
export type Rating = 1 | 2 | 3 | 4

export interface ReviewLogEntry {
  cardId: string
  rating: Rating
  /** ISO 8601 time of the review. */
  reviewedAt: string
  /** Unique per review; two progress files are merged by it. */
  id: string
}

export type CardPhase = "new" | "learning" | "review" | "relearning"

/** A card's FSRS memory state, as plain JSON (dates as ISO strings). */
export interface CardState {
  phase: CardPhase
  /** ISO time the card is next due. */
  due: string
  stability: number
  difficulty: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  /** ISO time of the last review. */
  lastReview?: string
}

/** The one progress format the site and the terminal share (docs/study.md). */
export interface Progress {
  version: 1
  /** Card states by card id; always what replaying `log` gives. */
  cards: Record<string, CardState>
  /** Every review ever made, oldest first. */
  log: ReviewLogEntry[]
}
