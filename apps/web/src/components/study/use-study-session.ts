"use client"

import { type Card, counts, createScheduler, type Progress, type Rating, studyQueue } from "@kube-notes/study"
import { useCallback, useEffect, useMemo, useState } from "react"
import { fetchDeck } from "../../lib/study/deck-client.ts"
import { newCardsLeftToday } from "../../lib/study/new-today.ts"
import { loadProgress, saveProgress } from "../../lib/study/progress-store.ts"

const scheduler = createScheduler()

export interface StudySession {
  deck: Card[] | undefined
  progress: Progress
  now: Date
  current: Card | undefined
  counts: { due: number; new: number; learned: number }
  /** Minutes until the next learning card comes back, when nothing is due now. */
  nextInMinutes: number | undefined
  message: string | undefined
  setMessage(message: string | undefined): void
  rate(rating: Rating): void
  undo(): void
  replace(progress: Progress): void
}

/** The study page's state: the deck, the stored progress, the card to show, and what changes them. */
export function useStudySession(topicId: string | undefined): StudySession {
  const [deck, setDeck] = useState<Card[]>()
  const [progress, setProgress] = useState<Progress>({ version: 1, cards: {}, log: [] })
  const [now, setNow] = useState(() => new Date())
  const [pinned, setPinned] = useState<string>()
  const [message, setMessage] = useState<string>()

  useEffect(() => {
    const loaded = loadProgress()
    setProgress(loaded.progress)
    if (loaded.problem) setMessage(loaded.problem)
    fetchDeck().then(setDeck, (error: Error) => setMessage(error.message))
    // Learning steps are minutes long: look again now and then so a card comes back on time.
    const timer = setInterval(() => setNow(new Date()), 15_000)
    return () => clearInterval(timer)
  }, [])

  const store = useCallback((next: Progress) => {
    setProgress(next)
    setNow(new Date())
    if (!saveProgress(next))
      setMessage("진도를 저장하지 못했습니다: 브라우저 저장소가 가득 찼거나 막혀 있습니다.")
  }, [])

  const scoped = useMemo(
    () =>
      deck && topicId ? deck.filter((card) => card.topicId === topicId || card.noteId === topicId) : deck,
    [deck, topicId],
  )
  const queue = useMemo(
    () => (scoped ? studyQueue(scoped, progress, now, { newLimit: newCardsLeftToday(progress, now) }) : []),
    [scoped, progress, now],
  )
  const current = (pinned && scoped?.find((card) => card.id === pinned)) || queue[0]
  const nextInMinutes = useMemo(() => {
    if (current || !scoped) return undefined
    const ids = new Set(scoped.map((card) => card.id))
    const soon = Object.entries(progress.cards)
      .filter(([id, state]) => ids.has(id) && state.phase !== "review")
      .map(([, state]) => Date.parse(state.due) - now.getTime())
    return soon.length > 0 ? Math.max(1, Math.ceil(Math.min(...soon) / 60_000)) : undefined
  }, [current, scoped, progress, now])

  return {
    deck: scoped,
    progress,
    now,
    current,
    counts: scoped ? counts(scoped, progress, now) : { due: 0, new: 0, learned: 0 },
    nextInMinutes,
    message,
    setMessage,
    rate: (rating) => {
      if (!current) return
      setPinned(undefined)
      setMessage(undefined)
      store(scheduler.rate(progress, current.id, rating, new Date()))
    },
    undo: () => {
      const last = progress.log.at(-1)
      if (!last) return
      store(scheduler.undo(progress))
      setPinned(last.cardId)
      setMessage("마지막 평가를 취소했습니다.")
    },
    replace: store,
  }
}
