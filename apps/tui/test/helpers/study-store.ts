/** A study store kept in memory, with a clock the test moves by hand. */
import { emptyProgress, type Progress } from "@kube-notes/study"
import type { StudyStore } from "../../src/tui/study/study-store.ts"

export const FIXED_NOW = new Date("2026-03-02T09:00:00Z")

export interface MemoryStudyStore extends StudyStore {
  readonly saves: Progress[]
  /** Moves the clock forward. */
  advance(ms: number): void
}

export function memoryStudyStore(initial: Progress = emptyProgress(), warning?: string): MemoryStudyStore {
  const saves: Progress[] = []
  let now = FIXED_NOW.getTime()
  return {
    saves,
    load: async () => ({ progress: saves.at(-1) ?? initial, ...(warning ? { warning } : {}) }),
    save: (progress) => void saves.push(progress),
    now: () => new Date(now),
    advance: (ms) => {
      now += ms
    },
  }
}
