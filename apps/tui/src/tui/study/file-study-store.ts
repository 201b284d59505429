/**
 * The reader's study store over the real progress file. The file module (and with it
 * @kube-notes/study) is imported when study first opens, not when the reader starts.
 */
import type { StudyStore } from "./study-store.ts"

export function fileStudyStore(env: NodeJS.ProcessEnv): StudyStore {
  let files: typeof import("../../state/progress-file.ts") | undefined
  return {
    async load() {
      files ??= await import("../../state/progress-file.ts")
      return files.loadProgress(files.getProgressFile(env))
    },
    save(progress) {
      // Saves follow a load: the screen only exists once the progress was read.
      if (!files) throw new Error("fileStudyStore.save called before load")
      files.saveProgress(files.getProgressFile(env), progress)
    },
    now: () => new Date(),
  }
}
