/** Helpers for unist positions inside a note. */
import type { Point, Span } from "@kube-notes/graph"
import type { Node } from "unist"

const ORIGIN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

export function spanOf(node: Node | undefined): Span {
  const position = node?.position
  if (!position) return ORIGIN
  return {
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  }
}

/**
 * The point `index` UTF-16 units into `value`, which starts at `start`; or, with `from`, the
 * point `index` units in when `start` is where unit `from` stands (to go on from a known place).
 */
export function advance(start: Point, value: string, index: number, from = 0): Point {
  let line = start.line
  let column = start.column
  for (let i = from; i < index && i < value.length; i++) {
    if (value.charCodeAt(i) === 10) {
      line++
      column = 1
    } else column++
  }
  return { line, column }
}

/** Drops `offset` from a node's position: the graph keeps lines and columns only (smaller JSON). */
export function trimPosition(node: Node): void {
  const position = node.position
  if (!position) return
  node.position = {
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  }
}
