/** Pure helpers for the graph view: fitting, zooming around a point, hit testing. */
import type { GraphViewNode, ViewTransform } from "./types.ts"

export const NODE_RADIUS = { note: 7, term: 6, topic: 3.5 } as const

/** The transform that shows every node inside a width × height box with a margin. */
export function fitTransform(nodes: readonly GraphViewNode[], width: number, height: number): ViewTransform {
  if (nodes.length === 0) return { scale: 1, x: width / 2, y: height / 2 }
  let minX = Number.POSITIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const node of nodes) {
    minX = Math.min(minX, node.x)
    maxX = Math.max(maxX, node.x)
    minY = Math.min(minY, node.y)
    maxY = Math.max(maxY, node.y)
  }
  const margin = 40
  const scale = Math.min(
    4,
    (width - margin * 2) / Math.max(1, maxX - minX),
    (height - margin * 2) / Math.max(1, maxY - minY),
  )
  return { scale, x: width / 2 - ((minX + maxX) / 2) * scale, y: height / 2 - ((minY + maxY) / 2) * scale }
}

/** Zooms by `factor` keeping the world point under (px, py) where it is. */
export function zoomAt(view: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = Math.min(40, Math.max(0.02, view.scale * factor))
  const k = scale / view.scale
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k }
}

export function toScreen(view: ViewTransform, node: { x: number; y: number }): { x: number; y: number } {
  return { x: node.x * view.scale + view.x, y: node.y * view.scale + view.y }
}

/** The index of the node drawn under a screen point (within its radius + a few px), or -1. */
export function hitTest(
  nodes: readonly GraphViewNode[],
  view: ViewTransform,
  px: number,
  py: number,
): number {
  let best = -1
  let bestDistance = Number.POSITIVE_INFINITY
  nodes.forEach((node, index) => {
    const at = toScreen(view, node)
    const distance = Math.hypot(at.x - px, at.y - py)
    const reach = Math.max(6, NODE_RADIUS[node.kind] * Math.min(2, Math.max(1, view.scale))) + 3
    if (distance <= reach && distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}
