import { Box, Text } from "ink"

export interface StatusLineProps {
  readonly breadcrumbs: string
  /** A message (copy confirmation, warning) or the focused mention; replaces the hints. */
  readonly message: string | null
  readonly width: number
  readonly color: boolean
  /** What to press, shown when there is no message. @default the reader's keys */
  readonly hints?: string
}

const HINTS = "? help · / search · t terms · c cmds · q quit"

/** One line: where you are on the left, what to press (or what just happened) on the right. */
export function StatusLine(props: StatusLineProps) {
  const right = props.message ?? props.hints ?? HINTS
  return (
    <Box width={props.width}>
      <Box flexGrow={1} flexShrink={1}>
        <Text wrap="truncate-start" {...(props.color ? { color: "cyan" } : {})}>
          {props.breadcrumbs}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <Text wrap="truncate-end" {...(props.color ? { color: props.message ? "green" : "gray" } : {})}>
          {right}
        </Text>
      </Box>
    </Box>
  )
}
