/** How the reader's study screen reaches the progress file; tests pass one kept in memory. */
import type { Progress } from "@kube-notes/study"
import type { LoadedProgress } from "../../state/progress-file.ts"

export interface StudyStore {
  /** Reads the progress (a damaged file is moved aside and reported in `warning`); rejects
   * when the file exists but cannot be read. */
  readonly load: () => Promise<LoadedProgress>
  /** Saves after each rating and undo; may throw, which the study screen reports. */
  readonly save: (progress: Progress) => void
  /** The clock the scheduler uses. */
  readonly now: () => Date
}
