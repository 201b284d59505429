import { Box, Text } from "ink"
import { truncateToWidth } from "../render/truncate-to-width.ts"
import { HELP_LINES, KEYS_COLUMN } from "./help-lines.ts"
import { useMessages } from "./use-messages.ts"

export interface HelpOverlayProps {
  readonly color: boolean
  /** Columns inside the reader's border and padding: lines are cut here, not by Ink. */
  readonly width: number
}

/** The key list, in the reader's place. */
export function HelpOverlay(props: HelpOverlayProps) {
  const m = useMessages()
  const describe = Math.max(0, props.width - KEYS_COLUMN)
  return (
    <Box flexDirection="column">
      <Text {...(props.color ? { bold: true } : {})}>{truncateToWidth(m.help.title, props.width)}</Text>
      {HELP_LINES.map(([keys, what]) => (
        <Text key={keys}>
          <Text {...(props.color ? { color: "cyan" } : {})}>
            {truncateToWidth(keys, props.width).padEnd(Math.min(KEYS_COLUMN, props.width))}
          </Text>
          {truncateToWidth(m.help[what], describe)}
        </Text>
      ))}
    </Box>
  )
}
