import { Box, Text } from "ink"
import type { ReactNode } from "react"

export interface ReaderPaneProps {
  /** Lines already serialised for the terminal (sanitised content, our own styles). */
  readonly lines: readonly string[]
  readonly width: number
  readonly height: number
  readonly focused: boolean
  readonly color: boolean
  /** Shown instead of lines (the overlays use the reader's place). */
  readonly children?: ReactNode
}

/** The right-hand pane: the page, or an overlay in its place. */
export function ReaderPane(props: ReaderPaneProps) {
  return (
    <Box
      flexDirection="column"
      width={props.width}
      height={props.height + 2}
      paddingX={1}
      borderStyle="round"
      {...(props.color ? { borderColor: props.focused ? "cyan" : "gray" } : {})}
    >
      {props.children ??
        props.lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional by nature
          <Text key={i} wrap="truncate-end">
            {line === "" ? " " : line}
          </Text>
        ))}
    </Box>
  )
}
