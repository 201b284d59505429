import { Box, Text } from "ink"
import { truncateToWidth } from "../render/truncate-to-width.ts"
import type { TreeRow } from "./tree-rows.ts"

export interface TreePaneProps {
  readonly rows: readonly TreeRow[]
  readonly cursor: number
  /** The node the reader shows: marked in the tree. */
  readonly current: string
  readonly focused: boolean
  readonly width: number
  readonly height: number
  readonly color: boolean
}

/** Notes and topics, nested; the cursor row is kept in view. */
export function TreePane(props: TreePaneProps) {
  const { rows, cursor, height } = props
  const start = Math.max(0, Math.min(cursor - Math.floor(height / 2), rows.length - height))
  const visible = rows.slice(start, start + height)
  return (
    <Box
      flexDirection="column"
      width={props.width}
      height={height + 2}
      borderStyle="round"
      {...(props.color ? { borderColor: props.focused ? "cyan" : "gray" } : {})}
    >
      {visible.map((row, i) => {
        const selected = start + i === cursor
        const fold = row.hasChildren ? (row.expanded ? "▾" : "▸") : " "
        const mark = selected ? "›" : row.id === props.current ? "•" : " "
        // Inside the two border columns; cut here, not by Ink (see truncate-to-width.ts).
        const text = truncateToWidth(`${mark}${"  ".repeat(row.depth)}${fold} ${row.label}`, props.width - 2)
        return (
          <Text
            key={row.id}
            wrap="truncate-end"
            {...(props.color && selected ? { inverse: props.focused, bold: true } : {})}
            {...(props.color && !selected && row.id === props.current ? { color: "cyan" } : {})}
          >
            {text}
          </Text>
        )
      })}
    </Box>
  )
}
