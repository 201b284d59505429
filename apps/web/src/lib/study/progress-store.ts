/**
 * Progress in the browser's localStorage, in the one format the terminal also writes
 * (docs/study.md). A stored value that does not parse is moved aside, never overwritten
 * silently, and the reason is shown.
 */
import { emptyProgress, type Progress, parseProgress, serializeProgress } from "@kube-notes/study"

export const PROGRESS_KEY = "kube-notes:progress"
export const DAMAGED_KEY = "kube-notes:progress.damaged"

export interface LoadedProgress {
  progress: Progress
  /** Set when the stored progress was damaged and moved to `DAMAGED_KEY`. */
  problem?: string
}

export function loadProgress(): LoadedProgress {
  let text: string | null = null
  try {
    text = localStorage.getItem(PROGRESS_KEY)
  } catch {
    return {
      progress: emptyProgress(),
      problem: "이 브라우저는 저장소를 쓸 수 없어 진도가 이 창에서만 유지됩니다.",
    }
  }
  if (text === null) return { progress: emptyProgress() }
  const parsed = parseProgress(text)
  if (parsed.ok) return { progress: parsed.progress }
  try {
    localStorage.setItem(DAMAGED_KEY, text)
    localStorage.removeItem(PROGRESS_KEY)
  } catch {
    // Storage refused: the damaged value stays where it was, untouched.
  }
  return {
    progress: emptyProgress(),
    problem: `저장된 진도를 읽을 수 없어 ${DAMAGED_KEY}로 옮겼습니다 (${parsed.error}).`,
  }
}

export function saveProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(progress))
    return true
  } catch {
    return false
  }
}
