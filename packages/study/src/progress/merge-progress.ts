/**
 * Merging two progress files (two devices, or an import): the union of their review logs by
 * entry id, in time order, with every card's state recomputed by replaying it. No review is
 * lost and the result does not depend on which file comes first.
 */
import type { SchedulerOptions } from "../schedule/fsrs.ts"
import { createFsrs } from "../schedule/fsrs.ts"
import { compareEntries, replayLog } from "../schedule/replay.ts"
import type { Progress, ReviewLogEntry } from "../types.ts"
import { PROGRESS_VERSION } from "./progress.ts"

export function mergeProgress(a: Progress, b: Progress, options: SchedulerOptions = {}): Progress {
  const byId = new Map<string, ReviewLogEntry>()
  for (const entry of [...a.log, ...b.log]) if (!byId.has(entry.id)) byId.set(entry.id, entry)
  const log = [...byId.values()].sort(compareEntries)
  const replayed = replayLog(createFsrs(options), log)
  // A state with no review behind it (written by hand or by an older tool) is kept, not dropped.
  const cards = { ...b.cards, ...a.cards, ...replayed }
  return { version: PROGRESS_VERSION, cards, log }
}
