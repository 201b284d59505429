import { Box, Text } from "ink"
import { HELP_LINES } from "./help-lines.ts"

/** The key list, in the reader's place. */
export function HelpOverlay(props: { readonly color: boolean }) {
  return (
    <Box flexDirection="column">
      <Text {...(props.color ? { bold: true } : {})}>Keys (Esc closes)</Text>
      {HELP_LINES.map(([keys, what]) => (
        <Text key={keys} wrap="truncate-end">
          <Text {...(props.color ? { color: "cyan" } : {})}>{keys.padEnd(17)}</Text>
          {what}
        </Text>
      ))}
    </Box>
  )
}
