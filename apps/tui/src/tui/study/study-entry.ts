/**
 * What the reader loads when `s` is first pressed: the study screen and the deck builder. Kept
 * behind a dynamic import so the reader's first frame does not evaluate ts-fsrs and es-hangul.
 */
export { createDeck } from "@kube-notes/study"
export { StudyScreen } from "./StudyScreen.tsx"
