/**
 * @kube-notes/study: cards made from the topic graph, FSRS scheduling, one mergeable progress
 * format and a learning path. Browser-safe: no unified, no Node APIs.
 * `createDeck` also lives alone at `@kube-notes/study/deck`, which does not load ts-fsrs.
 */
export { checkTypedAnswer } from "./answer/check-typed-answer.ts"
export { choseongHint } from "./answer/choseong-hint.ts"
export type { DeckOptions } from "./deck/create-deck.ts"
export { createDeck } from "./deck/create-deck.ts"
export type { CommandOption } from "./deck/option-cards.ts"
export { learningPath } from "./path/learning-path.ts"
export { topicMastery } from "./path/topic-mastery.ts"
export { mergeProgress } from "./progress/merge-progress.ts"
export { orphanCardIds } from "./progress/orphans.ts"
export type { ParseResult } from "./progress/parse-progress.ts"
export { parseProgress } from "./progress/parse-progress.ts"
export { emptyProgress, PROGRESS_VERSION, serializeProgress } from "./progress/progress.ts"
export type { SchedulerOptions } from "./schedule/fsrs.ts"
export type { QueueOptions, StudyCounts } from "./schedule/queue.ts"
export { counts, studyQueue } from "./schedule/queue.ts"
export type { Scheduler } from "./schedule/scheduler.ts"
export { createScheduler } from "./schedule/scheduler.ts"
export type { Card, CardPhase, CardState, CardType, Progress, Rating, ReviewLogEntry } from "./types.ts"
