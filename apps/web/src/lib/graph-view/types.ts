/** /graph-view.json, written by scripts/lib/graph-view.mjs. */
export interface GraphViewNode {
  readonly id: string
  readonly kind: "note" | "topic" | "term"
  readonly title: string
  readonly x: number
  readonly y: number
}

export interface GraphViewData {
  readonly nodes: readonly GraphViewNode[]
  readonly edges: readonly (readonly [number, number])[]
}

/** World → screen: `screen = world * scale + offset`. */
export interface ViewTransform {
  readonly scale: number
  readonly x: number
  readonly y: number
}
