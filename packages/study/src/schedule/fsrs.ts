/** The one place FSRS is configured, so rating, merging and mastery use the same parameters. */
import { type FSRS, fsrs, generatorParameters } from "ts-fsrs"

export interface SchedulerOptions {
  /** Desired retention, 0–1. @default 0.9 */
  readonly retention?: number
  /** Learning and relearning steps in minutes before FSRS takes over. @default true */
  readonly shortTermSteps?: boolean
}

export function createFsrs(options: SchedulerOptions = {}): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: options.retention ?? 0.9,
      enable_short_term: options.shortTermSteps ?? true,
      // No fuzz: a replayed log must give the same intervals on every device.
      enable_fuzz: false,
    }),
  )
}
