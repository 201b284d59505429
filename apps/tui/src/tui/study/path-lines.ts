/**
 * The learning path list of the study screen: a window of rows around the selection, each
 * "› ━━━━━───── 50%  1-1) 쿠버네티스 용어 · 카드 5 · 복습 2", cut to the frame's width.
 */
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { truncateToWidth } from "../../render/truncate-to-width.ts"
import { masteryBar, type PathRow } from "../../study/learning-path-rows.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import type { BodyLine } from "./card-lines.ts"

export function buildPathLines(
  rows: readonly PathRow[],
  selected: number,
  width: number,
  height: number,
): BodyLine[] {
  const lines: BodyLine[] = [
    { text: truncateToWidth(STUDY_TEXT.pathTitle, width), tone: "strong" },
    { text: truncateToWidth(STUDY_TEXT.pathKeys, width), tone: "dim" },
  ]
  const room = Math.max(1, height - lines.length)
  const start = Math.max(0, Math.min(selected - Math.floor(room / 2), rows.length - room))
  rows.slice(start, start + room).forEach((row, i) => {
    const mark = start + i === selected ? "›" : " "
    const due = row.due > 0 ? ` · ${STUDY_TEXT.statusDue(row.due)}` : ""
    const text = `${mark} ${masteryBar(row.mastery)}  ${clean(row.title)} · ${STUDY_TEXT.cards(row.cards)}${due}`
    lines.push({ text: truncateToWidth(text, width), tone: start + i === selected ? "accent" : "plain" })
  })
  return lines
}
