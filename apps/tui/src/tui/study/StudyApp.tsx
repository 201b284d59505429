import type { GraphQuery } from "@kube-notes/graph"
import type { Card, Progress } from "@kube-notes/study"
import { useApp } from "ink"
import type { TerminalCapabilities } from "../../render/terminal-capabilities.ts"
import { useTerminalSize } from "../use-terminal-size.ts"
import { StudyScreen } from "./StudyScreen.tsx"

export interface StudyAppProps {
  readonly query: GraphQuery
  readonly deck: readonly Card[]
  readonly scopeId?: string
  readonly progress: Progress
  readonly warning?: string
  readonly caps: TerminalCapabilities
  /** Saves the progress (atomically); may throw, which the screen reports. */
  readonly save: (progress: Progress) => void
  /** @default the system clock */
  readonly now?: () => Date
}

const systemClock = () => new Date()

/** `kube-notes study`: the study screen as the whole app, following the terminal's size; q quits. */
export function StudyApp(props: StudyAppProps) {
  const { exit } = useApp()
  const size = useTerminalSize()
  return (
    <StudyScreen
      query={props.query}
      deck={props.deck}
      {...(props.scopeId ? { scopeId: props.scopeId } : {})}
      progress={props.progress}
      {...(props.warning ? { warning: props.warning } : {})}
      now={props.now ?? systemClock}
      onProgress={props.save}
      onExit={exit}
      color={props.caps.color}
      columns={size.columns}
      rows={size.rows}
    />
  )
}
