/**
 * Reading a progress file someone may have edited, truncated or taken from another tool.
 * Anything wrong is reported with where it is and how to fix it; nothing is half-read.
 */
import type { CardPhase, CardState, Progress, ReviewLogEntry } from "../types.ts"
import { PROGRESS_VERSION } from "./progress.ts"

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string }

const PHASES: readonly CardPhase[] = ["new", "learning", "review", "relearning"]
const NUMBERS = ["stability", "difficulty", "scheduledDays", "learningSteps", "reps", "lapses"] as const

/** Accepts parsed JSON or the file's text. */
export function parseProgress(json: unknown): ParseResult {
  let value = json
  if (typeof json === "string") {
    try {
      value = JSON.parse(json)
    } catch (error) {
      return fail(`not JSON (${(error as Error).message}): export the progress again or restore a copy`)
    }
  }
  if (!isRecord(value)) return fail("the progress file must be a JSON object with version, cards and log")
  if (value.version !== PROGRESS_VERSION) {
    return fail(
      `version must be ${PROGRESS_VERSION}, got ${JSON.stringify(value.version)}: this file is from another tool or a newer kube-notes`,
    )
  }
  if (!isRecord(value.cards)) return fail("cards must be an object of card states by card id")
  if (!Array.isArray(value.log)) return fail("log must be an array of reviews")
  const cards: Record<string, CardState> = {}
  for (const [id, state] of Object.entries(value.cards)) {
    const problem = checkState(state)
    if (problem) return fail(`cards[${JSON.stringify(id)}]: ${problem}`)
    cards[id] = state as CardState
  }
  const log: ReviewLogEntry[] = []
  const ids = new Set<string>()
  for (const [index, entry] of value.log.entries()) {
    const problem = checkEntry(entry)
    if (problem) return fail(`log[${index}]: ${problem}`)
    const review = entry as ReviewLogEntry
    if (ids.has(review.id))
      return fail(
        `log[${index}]: id ${JSON.stringify(review.id)} appears twice; each review needs its own id`,
      )
    ids.add(review.id)
    log.push({ cardId: review.cardId, rating: review.rating, reviewedAt: review.reviewedAt, id: review.id })
  }
  return { ok: true, progress: { version: PROGRESS_VERSION, cards, log } }
}

function checkState(state: unknown): string | undefined {
  if (!isRecord(state)) return "must be an object"
  if (!PHASES.includes(state.phase as CardPhase)) return `phase must be one of ${PHASES.join(", ")}`
  if (!isDate(state.due)) return "due must be an ISO date"
  for (const key of NUMBERS) {
    if (typeof state[key] !== "number" || !Number.isFinite(state[key])) return `${key} must be a number`
  }
  if (state.lastReview !== undefined && !isDate(state.lastReview)) return "lastReview must be an ISO date"
  return undefined
}

function checkEntry(entry: unknown): string | undefined {
  if (!isRecord(entry)) return "must be an object with cardId, rating, reviewedAt and id"
  if (typeof entry.cardId !== "string" || !entry.cardId) return "cardId must be a non-empty string"
  if (![1, 2, 3, 4].includes(entry.rating as number))
    return "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
  if (!isDate(entry.reviewedAt)) return "reviewedAt must be an ISO date"
  if (typeof entry.id !== "string" || !entry.id) return "id must be a non-empty string"
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value))
}

function fail(error: string): ParseResult {
  return { ok: false, error }
}
