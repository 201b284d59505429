/**
 * The learner's study progress (card states and the full review log) at
 * $XDG_STATE_HOME/kube-notes/progress.json, in @kube-notes/study's versioned format, the same
 * one the site exports. A damaged file is moved aside, never overwritten: months of reviews
 * may be recoverable from it by hand.
 */
import { join } from "node:path"
import { emptyProgress, type Progress, parseProgress, serializeProgress } from "@kube-notes/study"
import { STUDY_TEXT } from "../study/messages.ts"
import { getStateDir, moveAside, readStateText, writeFileAtomically } from "./state-dir.ts"

export interface LoadedProgress {
  readonly progress: Progress
  /** Set when the file was damaged and moved aside: say so to the learner. */
  readonly warning?: string
}

export function getProgressFile(env: NodeJS.ProcessEnv): string {
  return join(getStateDir(env), "progress.json")
}

/** Reads the file; no file is a fresh start. Throws only when the file exists but cannot be read. */
export function loadProgress(file: string): LoadedProgress {
  const text = readStateText(file)
  if (text === undefined) return { progress: emptyProgress() }
  const parsed = parseProgress(text)
  if (parsed.ok) return { progress: parsed.progress }
  const aside = moveAside(file)
  return {
    progress: emptyProgress(),
    warning:
      aside === undefined
        ? STUDY_TEXT.damagedNotMoved(file, parsed.error)
        : STUDY_TEXT.damagedMoved(aside, parsed.error),
  }
}

/** Writes atomically; throws when it cannot (the caller must tell the learner, progress is at stake). */
export function saveProgress(file: string, progress: Progress): void {
  writeFileAtomically(file, serializeProgress(progress))
}
