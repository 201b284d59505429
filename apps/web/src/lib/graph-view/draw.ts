/** Draws the graph view on a canvas (CSS colours read from custom properties). */
import { NODE_RADIUS, toScreen } from "./geometry.ts"
import type { GraphViewData, ViewTransform } from "./types.ts"

export interface DrawOptions {
  readonly width: number
  readonly height: number
  readonly view: ViewTransform
  /** Index of the node to emphasise (hovered, or focused in the list). */
  readonly highlight: number
  readonly colours: Record<"edge" | "note" | "topic" | "term" | "label" | "focus", string>
}

export function drawGraph(ctx: CanvasRenderingContext2D, data: GraphViewData, options: DrawOptions): void {
  const { width, height, view, highlight, colours } = options
  ctx.clearRect(0, 0, width, height)
  ctx.lineWidth = 0.6
  ctx.strokeStyle = colours.edge
  ctx.beginPath()
  for (const [a, b] of data.edges) {
    const from = data.nodes[a]
    const to = data.nodes[b]
    if (!from || !to) continue
    const p = toScreen(view, from)
    const q = toScreen(view, to)
    ctx.moveTo(p.x, p.y)
    ctx.lineTo(q.x, q.y)
  }
  ctx.stroke()
  const zoom = Math.min(2, Math.max(1, view.scale))
  for (const node of data.nodes) {
    const p = toScreen(view, node)
    if (p.x < -20 || p.y < -20 || p.x > width + 20 || p.y > height + 20) continue
    ctx.fillStyle = colours[node.kind]
    ctx.beginPath()
    ctx.arc(p.x, p.y, NODE_RADIUS[node.kind] * zoom, 0, Math.PI * 2)
    ctx.fill()
  }
  // Labels: terms and notes always when there are few nodes, topics once zoomed in.
  ctx.font = "12px 'Pretendard Variable', system-ui, sans-serif"
  ctx.fillStyle = colours.label
  const few = data.nodes.length <= 120
  data.nodes.forEach((node, index) => {
    const show =
      index === highlight || (few && node.kind !== "topic") || view.scale > 2.5 || (few && view.scale > 1.2)
    if (!show) return
    const p = toScreen(view, node)
    if (p.x < -20 || p.y < -20 || p.x > width + 20 || p.y > height + 20) return
    ctx.fillText(node.title, p.x + 8, p.y + 4)
  })
  const focused = data.nodes[highlight]
  if (focused) {
    const p = toScreen(view, focused)
    ctx.strokeStyle = colours.focus
    ctx.lineWidth = 2.5
    ctx.beginPath()
    ctx.arc(p.x, p.y, NODE_RADIUS[focused.kind] * zoom + 4, 0, Math.PI * 2)
    ctx.stroke()
  }
}
