import { Box, Text } from "ink"
import { truncateToWidth } from "../render/truncate-to-width.ts"
import type { OverlayItem } from "./overlay-items.ts"
import { useMessages } from "./use-messages.ts"

export interface ListOverlayProps {
  readonly title: string
  readonly items: readonly OverlayItem[]
  readonly selected: number
  /** The text typed so far (search and filters). */
  readonly query: string
  readonly height: number
  /** Columns inside the reader's border and padding: lines are cut here, not by Ink. */
  readonly width: number
  readonly color: boolean
  /** Shown when there is nothing to list. */
  readonly empty: string
}

/** A list with a filter line, used by search, glossary, commands, backlinks and bookmarks. */
export function ListOverlay(props: ListOverlayProps) {
  const m = useMessages()
  const fit = (text: string, indent = 0) => truncateToWidth(text, props.width - indent)
  const rows = Math.max(1, Math.floor((props.height - 2) / 2))
  const start = Math.max(0, Math.min(props.selected - Math.floor(rows / 2), props.items.length - rows))
  const visible = props.items.slice(start, start + rows)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" {...(props.color ? { bold: true } : {})}>
        {fit(`${props.title} › ${props.query}`, 1)}
        {props.color ? <Text inverse> </Text> : "_"}
      </Text>
      <Text wrap="truncate-end" {...(props.color ? { dimColor: true } : {})}>
        {fit(props.items.length === 0 ? props.empty : m.overlays.count(props.items.length))}
      </Text>
      {visible.map((item, i) => {
        const selected = start + i === props.selected
        return (
          <Box key={item.id} flexDirection="column">
            <Text wrap="truncate-end" {...(props.color && selected ? { inverse: true, bold: true } : {})}>
              {selected ? "› " : "  "}
              {fit(item.label, 2)}
            </Text>
            <Text wrap="truncate-end" {...(props.color ? { dimColor: true } : {})}>
              {"    "}
              {fit(item.detail, 4) || " "}
            </Text>
          </Box>
        )
      })}
    </Box>
  )
}
