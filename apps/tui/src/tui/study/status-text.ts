/** The study screen's status line, right side: what just happened, or which keys do what now. */
import { formatDue, STUDY_TEXT } from "../../study/messages.ts"
import type { Session } from "../../study/study-session.ts"

export function hintsFor(session: Session): string {
  if (session.typing) return STUDY_TEXT.keysTyping
  return session.revealed ? STUDY_TEXT.keysBack : STUDY_TEXT.keysFront
}

export function noteText(session: Session, now: Date): string | null {
  const note = session.note
  if (!note) return null
  switch (note.kind) {
    case "rated":
      return STUDY_TEXT.rated(
        STUDY_TEXT.rating[note.rating],
        note.due ? formatDue(new Date(note.due), now) : "",
      )
    case "undone":
      return STUDY_TEXT.undone
    case "nothingToUndo":
      return STUDY_TEXT.nothingToUndo
    case "rateFirst":
      return STUDY_TEXT.rateFirst
    case "noHint":
      return STUDY_TEXT.noHint
  }
}
