import { Box, Text } from "ink"
import type { OverlayItem } from "./overlay-items.ts"

export interface ListOverlayProps {
  readonly title: string
  readonly items: readonly OverlayItem[]
  readonly selected: number
  /** The text typed so far (search and filters). */
  readonly query: string
  readonly height: number
  readonly color: boolean
  /** Shown when there is nothing to list. */
  readonly empty: string
}

/** A list with a filter line, used by search, glossary, commands, backlinks and bookmarks. */
export function ListOverlay(props: ListOverlayProps) {
  const rows = Math.max(1, Math.floor((props.height - 2) / 2))
  const start = Math.max(0, Math.min(props.selected - Math.floor(rows / 2), props.items.length - rows))
  const visible = props.items.slice(start, start + rows)
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" {...(props.color ? { bold: true } : {})}>
        {props.title} › {props.query}
        {props.color ? <Text inverse> </Text> : "_"}
      </Text>
      <Text wrap="truncate-end" {...(props.color ? { dimColor: true } : {})}>
        {props.items.length === 0
          ? props.empty
          : `${props.items.length} · ↑↓ choose · Enter open · Esc close`}
      </Text>
      {visible.map((item, i) => {
        const selected = start + i === props.selected
        return (
          <Box key={item.id} flexDirection="column">
            <Text wrap="truncate-end" {...(props.color && selected ? { inverse: true, bold: true } : {})}>
              {selected ? "› " : "  "}
              {item.label}
            </Text>
            <Text wrap="truncate-end" {...(props.color ? { dimColor: true } : {})}>
              {"    "}
              {item.detail || " "}
            </Text>
          </Box>
        )
      })}
    </Box>
  )
}
