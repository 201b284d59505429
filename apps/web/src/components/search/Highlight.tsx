import { highlightParts } from "../../lib/search/highlight-parts.ts"

/** Text with `[start, end)` ranges wrapped in <mark>. */
export function Highlight({
  text,
  ranges,
}: {
  readonly text: string
  readonly ranges: readonly (readonly [number, number])[]
}) {
  let at = 0
  return (
    <>
      {highlightParts(text, ranges).map((part) => {
        const key = at
        at += part.text.length
        return part.marked ? <mark key={key}>{part.text}</mark> : part.text
      })}
    </>
  )
}
