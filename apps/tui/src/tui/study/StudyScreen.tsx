import type { GraphQuery } from "@kube-notes/graph"
import { type Card, counts, createScheduler, learningPath, type Progress } from "@kube-notes/study"
import { Box, Text, useInput } from "ink"
import { useEffect, useMemo, useRef, useState } from "react"
import { displayTitle } from "../../render/node-document.ts"
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { buildPathRows } from "../../study/learning-path-rows.ts"
import { formatDue, STUDY_TEXT } from "../../study/messages.ts"
import { nextDueAt, refresh } from "../../study/study-session.ts"
import { computeLayout } from "../layout-size.ts"
import { StatusLine } from "../StatusLine.tsx"
import { splitKeys } from "../split-keys.ts"
import { type BodyLine, buildCardLines, type Tone } from "./card-lines.ts"
import { buildPathLines } from "./path-lines.ts"
import { hintsFor, noteText } from "./status-text.ts"
import { depsFor, handleStudyKey, type StudyContext, startStudyState } from "./study-keys.ts"

export interface StudyScreenProps {
  readonly query: GraphQuery
  /** The whole deck (createDeck of the graph). */
  readonly deck: readonly Card[]
  /** The note or topic to study (with its subtopics). @default every card */
  readonly scopeId?: string
  /** The progress read from disk when the screen opened. */
  readonly progress: Progress
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date
  /** Called after every rating and undo with the new progress, to save it. May throw. */
  readonly onProgress: (progress: Progress) => void
  /** q or Esc. */
  readonly onExit: () => void
  readonly color: boolean
  readonly columns: number
  readonly rows: number
  /** How often to look for cards that became due while nothing is up. @default 5000 */
  readonly refreshMs?: number
  /** Shown in the status line at start (a damaged progress file was moved aside). */
  readonly warning?: string
}

/** One card at a time in a frame, with the due count and the keys in the status line. */
export function StudyScreen(props: StudyScreenProps) {
  const { query, deck, now } = props
  const ctx = useMemo<StudyContext>(() => {
    let path: readonly string[] | undefined
    return {
      query,
      deck,
      now,
      scheduler: createScheduler(),
      pathIds: () => {
        path ??= learningPath(query.graph).filter((id) => query.getTopic(id) !== undefined)
        return path
      },
    }
  }, [query, deck, now])
  const [state, setState] = useState(() => startStudyState(ctx, props.progress, props.scopeId))
  const [message, setMessage] = useState<string | null>(props.warning ?? null)
  // Several keys may arrive in one input event: each must see what the one before it did.
  const stateRef = useRef(state)

  useInput((input, key) => {
    // In the answer box a run of characters is text (a paste, composed Korean); elsewhere each
    // character is a key of its own.
    const keys = stateRef.current.session.typing ? [[input, key] as const] : splitKeys(input, key)
    for (const [one, oneKey] of keys) {
      const before = stateRef.current
      const outcome = handleStudyKey(before, one, oneKey, ctx)
      stateRef.current = outcome.state
      setMessage(null)
      if (outcome.state.session.progress !== before.session.progress) {
        try {
          props.onProgress(outcome.state.session.progress)
        } catch (error) {
          setMessage(STUDY_TEXT.saveFailed(error instanceof Error ? error.message : String(error)))
        }
      }
      if (outcome.exit) {
        setState(outcome.state)
        props.onExit()
        return
      }
    }
    setState(stateRef.current)
  })

  // Nothing up: a card rated Again comes back minutes later; look again now and then.
  const waiting = state.session.card === undefined && state.path === null
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => {
      const current = stateRef.current
      const next = refresh(current.session, depsFor(ctx, current.scopeId))
      if (next === current.session) return
      stateRef.current = { ...current, session: next }
      setState(stateRef.current)
    }, props.refreshMs ?? 5000)
    return () => clearInterval(timer)
  }, [waiting, ctx, props.refreshMs])

  const layout = computeLayout(props.columns, props.rows)
  const width = layout.columns - 4 // borders and one column of padding each side
  const bodyRows = layout.bodyRows
  const scoped = useMemo(() => depsFor(ctx, state.scopeId).deck, [ctx, state.scopeId])
  const progress = state.session.progress
  const tally = counts([...scoped], progress, now())
  const scopeNode = state.scopeId === undefined ? undefined : query.getNode(state.scopeId)
  const scopeTitle = scopeNode ? clean(displayTitle(scopeNode)) : STUDY_TEXT.allTopics
  const pathRows = useMemo(
    () => (state.path ? buildPathRows(query, deck, progress, now()) : []),
    [state.path, query, deck, progress, now],
  )
  const nextDue = state.session.card ? undefined : nextDueAt(state.session, depsFor(ctx, state.scopeId))
  const lines = state.path
    ? buildPathLines(pathRows, state.path.selected, width, bodyRows)
    : buildCardLines(state.session, {
        width,
        height: bodyRows,
        scopeTitle,
        deckSize: scoped.length,
        ...(nextDue ? { nextDue: formatDue(nextDue, now()) } : {}),
      })

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Box
        borderStyle="round"
        flexDirection="column"
        paddingX={1}
        width={layout.columns}
        height={bodyRows + 2}
        {...(props.color ? { borderColor: "cyan" } : {})}
      >
        {lines.slice(0, bodyRows).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place
          <Text key={i} wrap="truncate-end" {...toneProps(line, props.color)}>
            {line.text || " "}
          </Text>
        ))}
      </Box>
      <StatusLine
        breadcrumbs={STUDY_TEXT.status(tally)}
        message={message ?? noteText(state.session, now())}
        hints={state.path ? STUDY_TEXT.pathClose : hintsFor(state.session)}
        width={layout.columns}
        color={props.color}
      />
    </Box>
  )
}

const TONES: Record<Tone, Record<string, string | boolean>> = {
  plain: {},
  dim: { dimColor: true },
  strong: { bold: true },
  good: { color: "green" },
  bad: { color: "red" },
  accent: { color: "cyan" },
}

function toneProps(line: BodyLine, color: boolean): Record<string, string | boolean> {
  return color ? (TONES[line.tone] ?? {}) : {}
}
