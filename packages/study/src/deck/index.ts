/** The deck alone: `@kube-notes/study/deck` builds cards without loading the scheduler. */
export { checkTypedAnswer } from "../answer/check-typed-answer.ts"
export { choseongHint } from "../answer/choseong-hint.ts"
export type { Card, CardType } from "../types.ts"
export type { DeckOptions } from "./create-deck.ts"
export { createDeck } from "./create-deck.ts"
export type { CommandOption } from "./option-cards.ts"
