/**
 * The study screen's body as lines of plain text already cut to the frame's width: the card
 * front, what was typed or picked, the hint, and after the reveal the back. Wrapping here
 * (not in Ink) keeps wide Korean characters from pushing the frame's border out of line.
 */
import wrapAnsi from "wrap-ansi"
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { truncateToWidth } from "../../render/truncate-to-width.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import { hintOf, isTyped, type Session } from "../../study/study-session.ts"

export type Tone = "plain" | "dim" | "strong" | "good" | "bad" | "accent"

export interface BodyLine {
  readonly text: string
  readonly tone: Tone
}

const CHOICE_KEYS = "abcdefg" // stops before h (hint)

export function choiceKey(index: number): string | undefined {
  return CHOICE_KEYS[index]
}

export interface CardLinesContext {
  readonly width: number
  readonly height: number
  /** The note or topic studied, as shown. */
  readonly scopeTitle: string
  /** Cards in scope: none means the scope has no cards at all, not that all are done. */
  readonly deckSize: number
  /** "3분 뒤": when the next card comes back, shown when nothing is due now. */
  readonly nextDue?: string
}

export function buildCardLines(session: Session, context: CardLinesContext): BodyLine[] {
  const { width, height, scopeTitle } = context
  const lines: BodyLine[] = []
  const add = (text: string, tone: Tone = "plain", most = Number.POSITIVE_INFINITY) => {
    const wrapped = wrap(text, width)
    const kept = wrapped.length > most ? [...wrapped.slice(0, most - 1), "…"] : wrapped
    for (const line of kept) lines.push({ text: line, tone })
  }
  const blank = () => lines.push({ text: "", tone: "plain" })
  const { card } = session
  add(`${STUDY_TEXT.title(scopeTitle)} · ${STUDY_TEXT.position(session.rated)}`, "dim")
  blank()
  if (!card) {
    if (context.deckSize === 0) add(STUDY_TEXT.emptyDeck, "strong")
    else add(STUDY_TEXT.done, "strong")
    if (context.nextDue) add(STUDY_TEXT.nextDue(context.nextDue))
    add(STUDY_TEXT.doneNext, "dim")
    return lines
  }
  add(`[${STUDY_TEXT.cardType[card.type]}]`, "accent")
  // A very long front keeps half the frame, so the answer still shows below it.
  add(clean(card.front, { multiline: true }), "strong", Math.max(2, Math.floor(height / 2)))
  blank()
  card.choices?.forEach((choice, index) => {
    const mark = !session.revealed ? " " : choice === card.answer ? "✓" : index === session.picked ? "✗" : " "
    const tone: Tone = session.revealed && choice === card.answer ? "good" : "plain"
    add(`${mark} ${choiceKey(index) ?? "?"}) ${clean(choice)}`, tone)
  })
  if (session.typing) add(`${STUDY_TEXT.answerPrompt} ${clean(session.typed)}_`, "accent")
  const hint = hintOf(card)
  if (session.hintShown && hint !== undefined) add(STUDY_TEXT.hint(clean(hint)), "dim")
  if (!session.revealed) {
    blank()
    if (session.typing) add(STUDY_TEXT.typeHint, "dim")
    else if (isTyped(card)) add(STUDY_TEXT.typeStart, "dim")
    else if (card.choices) add(STUDY_TEXT.choicePrompt(choiceKey(card.choices.length - 1) ?? "a"), "dim")
    else add(STUDY_TEXT.reveal, "dim")
    return lines
  }
  lines.push({ text: "─".repeat(Math.min(width, 24)), tone: "dim" })
  add(clean(card.back, { multiline: true }))
  const verdict =
    session.correct === undefined ? "" : `  ${session.correct ? STUDY_TEXT.correct : STUDY_TEXT.wrong}`
  const tone: Tone = session.correct === undefined ? "plain" : session.correct ? "good" : "bad"
  if (session.typed.trim() !== "") {
    blank()
    add(`${STUDY_TEXT.yourAnswer(clean(session.typed.trim()))}${verdict}`, tone)
  } else if (session.picked !== undefined) {
    blank()
    add(`${STUDY_TEXT.picked(clean(card.choices?.[session.picked] ?? ""))}${verdict}`, tone)
  }
  blank()
  add(STUDY_TEXT.rateKeys, "accent")
  return lines
}

/** Hard-wraps at `width` columns (counting wide characters as two), each line at most `width`. */
export function wrap(text: string, width: number): string[] {
  return text.split("\n").flatMap((paragraph) =>
    wrapAnsi(paragraph, Math.max(1, width), { hard: true, trim: true })
      .split("\n")
      .map((line) => truncateToWidth(line, width)),
  )
}
