import type { ReactNode } from "react"

/** Text with `[start, end)` ranges wrapped in <mark>. */
export function Highlight({
  text,
  ranges,
}: {
  readonly text: string
  readonly ranges: readonly (readonly [number, number])[]
}) {
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
