/**
 * Pane sizes from the terminal size. The frame is one row shorter than the terminal: Ink
 * clears the whole screen on every update once its output fills the terminal (flicker).
 */
export interface LayoutSize {
  readonly columns: number
  readonly height: number
  /** Rows inside the pane borders. */
  readonly bodyRows: number
  readonly treeWidth: number
  readonly treeTextWidth: number
  readonly readerWidth: number
  readonly readerTextWidth: number
}

export function computeLayout(columns: number, rows: number): LayoutSize {
  const cols = Math.max(40, columns)
  const height = Math.max(8, rows - 1)
  const treeWidth = Math.min(36, Math.max(18, Math.floor(cols * 0.3)))
  const readerWidth = cols - treeWidth
  return {
    columns: cols,
    height,
    bodyRows: height - 3,
    treeWidth,
    treeTextWidth: treeWidth - 2,
    readerWidth,
    readerTextWidth: readerWidth - 4,
  }
}
