/**
 * Keys → what the study screen does, as one pure function over the screen's state: Space or
 * Enter reveals, 1–4 rate, u undoes, h hints, a–g pick an option, p opens the learning path,
 * q or Esc leaves. On a typed card Enter opens the answer box instead; in it every letter is
 * text (an answer may start with q or u), Enter checks, Tab hints and Esc closes the box.
 */
import type { GraphQuery } from "@kube-notes/graph"
import type { Card, Progress, Rating, Scheduler } from "@kube-notes/study"
import type { Key } from "ink"
import { scopeDeck } from "../../study/scope-deck.ts"
import {
  cancelTyping,
  eraseChar,
  isTyped,
  pick,
  rate,
  reveal,
  type Session,
  type SessionDeps,
  showHint,
  startSession,
  startTyping,
  typeText,
  undo,
} from "../../study/study-session.ts"
import { choiceKey } from "./card-lines.ts"

export interface StudyScreenState {
  /** The note or topic studied; undefined for every card. */
  readonly scopeId: string | undefined
  readonly session: Session
  /** The learning path list, when open. */
  readonly path: { readonly selected: number } | null
}

export interface StudyContext {
  readonly query: GraphQuery
  /** The whole deck. */
  readonly deck: readonly Card[]
  readonly scheduler: Scheduler
  readonly now: () => Date
  /** The topic ids of the learning path, in order (what the path list shows). */
  readonly pathIds: () => readonly string[]
}

export interface StudyOutcome {
  readonly state: StudyScreenState
  readonly exit?: boolean
}

export function depsFor(ctx: StudyContext, scopeId: string | undefined): SessionDeps {
  return { deck: scopeDeck(ctx.deck, ctx.query, scopeId), scheduler: ctx.scheduler, now: ctx.now }
}

export function startStudyState(ctx: StudyContext, progress: Progress, scopeId?: string): StudyScreenState {
  return { scopeId, session: startSession(progress, depsFor(ctx, scopeId)), path: null }
}

export function handleStudyKey(
  state: StudyScreenState,
  input: string,
  key: Key,
  ctx: StudyContext,
): StudyOutcome {
  if (state.path) return handlePathKey(state, state.path.selected, input, key, ctx)
  const deps = depsFor(ctx, state.scopeId)
  const session = state.session
  const set = (next: Session): StudyOutcome => ({ state: { ...state, session: next } })
  if (session.typing) {
    if (key.escape) return set(cancelTyping(session))
    if (key.tab) return set(showHint(session))
    if (key.return) return set(reveal(session))
    if (key.backspace || key.delete) return set(eraseChar(session))
    // Korean arrives composed, one syllable or a pasted run per event: append it as is.
    const text = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    return text && !key.ctrl && !key.meta ? set(typeText(session, text)) : { state }
  }
  if (input === "q" || key.escape) return { state, exit: true }
  if (key.return && isTyped(session.card) && !session.revealed) return set(startTyping(session))
  if (input === " " || key.return) return set(reveal(session))
  if (/^[1-4]$/.test(input)) return set(rate(session, Number(input) as Rating, deps))
  if (input === "u") return set(undo(session, deps))
  if (input === "h") return set(showHint(session))
  if (input === "p") {
    const selected = Math.max(0, state.scopeId ? ctx.pathIds().indexOf(state.scopeId) : 0)
    return { state: { ...state, path: { selected } } }
  }
  const choices = session.card?.choices
  if (choices) {
    const index = choices.findIndex((_, i) => choiceKey(i) === input)
    if (index >= 0) return set(pick(session, index))
  }
  return { state }
}

function handlePathKey(
  state: StudyScreenState,
  selected: number,
  input: string,
  key: Key,
  ctx: StudyContext,
): StudyOutcome {
  const ids = ctx.pathIds()
  const move = (delta: number) => ({
    state: { ...state, path: { selected: Math.max(0, Math.min(ids.length - 1, selected + delta)) } },
  })
  if (key.escape || input === "q" || input === "p") return { state: { ...state, path: null } }
  if (key.downArrow || input === "j") return move(1)
  if (key.upArrow || input === "k") return move(-1)
  if (key.pageDown) return move(10)
  if (key.pageUp) return move(-10)
  const restart = (scopeId: string | undefined) => {
    const next = startStudyState(ctx, state.session.progress, scopeId)
    // Ratings made before switching can still be undone.
    return { state: { ...next, session: { ...next.session, rated: state.session.rated } } }
  }
  if (key.return && ids[selected]) return restart(ids[selected])
  if (input === "a") return restart(undefined)
  return { state }
}
