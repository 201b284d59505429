/** Creating and writing the progress file. */
import type { Progress } from "../types.ts"

export const PROGRESS_VERSION = 1 as const

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, cards: {}, log: [] }
}

/** Pretty JSON with a final newline: the file is small and people diff it. */
export function serializeProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`
}
