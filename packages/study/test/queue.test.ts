/** What to study now: due before new, the new-card limit, topic scope, counts and orphans. */
import { describe, expect, it } from "vitest"
import {
  type Card,
  counts,
  createScheduler,
  emptyProgress,
  orphanCardIds,
  type Progress,
  studyQueue,
} from "../src/index.ts"
import { at } from "./helpers.ts"

const T0 = "2026-03-02T09:00:00.000Z"
const card = (id: string, topicId = "topic:a#1"): Card => ({
  id,
  type: "term-definition",
  nodeId: id,
  noteId: "note:a",
  topicId,
  front: `${id}?`,
  back: id,
})
const deck = [card("a"), card("b"), card("c"), card("d", "topic:a#2"), card("e", "topic:a#2")]
const scheduler = createScheduler()

function reviewed(): Progress {
  let progress = scheduler.rate(emptyProgress(), "b", 1, at(T0)) // due in 1 minute
  progress = scheduler.rate(progress, "a", 3, at(T0)) // due in 10 minutes
  return progress
}

describe("studyQueue", () => {
  it("should put due cards first, most overdue first, then new cards in deck order", () => {
    expect(studyQueue(deck, reviewed(), at(T0, 30)).map((c) => c.id)).toEqual(["b", "a", "c", "d", "e"])
  })

  it("should leave out cards not due yet", () => {
    expect(studyQueue(deck, reviewed(), at(T0, 5)).map((c) => c.id)).toEqual(["b", "c", "d", "e"])
  })

  it("should cap new cards at newLimit", () => {
    expect(studyQueue(deck, emptyProgress(), at(T0), { newLimit: 2 }).map((c) => c.id)).toEqual(["a", "b"])
  })

  it("should keep to one topic when asked", () => {
    expect(studyQueue(deck, reviewed(), at(T0, 30), { topicId: "topic:a#2" }).map((c) => c.id)).toEqual([
      "d",
      "e",
    ])
  })
})

describe("counts", () => {
  it("should split the deck into due, new and learned", () => {
    expect(counts(deck, reviewed(), at(T0, 5))).toEqual({ due: 1, new: 3, learned: 1 })
    expect(counts(deck, reviewed(), at(T0, 30))).toEqual({ due: 2, new: 3, learned: 0 })
    expect(counts(deck, emptyProgress(), at(T0))).toEqual({ due: 0, new: 5, learned: 0 })
  })
})

describe("orphanCardIds", () => {
  it("should list cards the progress knows and the deck lost, and keep their history", () => {
    const progress = scheduler.rate(reviewed(), "term:gone:cloze", 3, at(T0))
    expect(orphanCardIds(deck, progress)).toEqual(["term:gone:cloze"])
    expect(progress.log.some((entry) => entry.cardId === "term:gone:cloze")).toBe(true)
    expect(orphanCardIds(deck, reviewed())).toEqual([])
  })
})
