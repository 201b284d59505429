import { Text } from "ink"
import { layoutStatusLine } from "./status-line-text.ts"
import { useMessages } from "./use-messages.ts"

export interface StatusLineProps {
  readonly breadcrumbs: string
  /** A message (copy confirmation, warning) or the focused mention; replaces the hints. */
  readonly message: string | null
  readonly width: number
  readonly color: boolean
  /** What to press, shown when there is no message. @default the reader's keys */
  readonly hints?: string
}

/** One line: where you are on the left, what to press (or what just happened) on the right. */
export function StatusLine(props: StatusLineProps) {
  const m = useMessages()
  // Laid out here, not by Ink's flexbox and truncation: those miscount a cut Korean syllable.
  const { left, right } = layoutStatusLine(
    props.breadcrumbs,
    props.message ?? props.hints ?? m.status.hints,
    props.width,
  )
  return (
    <Text wrap="truncate-end">
      <Text {...(props.color ? { color: "cyan" } : {})}>{left}</Text>
      <Text {...(props.color ? { color: props.message ? "green" : "gray" } : {})}>{right}</Text>
    </Text>
  )
}
