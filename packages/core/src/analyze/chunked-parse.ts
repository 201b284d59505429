/**
 * micromark's cost grows faster than linearly with a document's size (a 1 MB note takes
 * seconds, 3 MB over a minute). Large notes are therefore parsed in pieces cut where a new
 * top-level block must start anyway — before an ATX heading, or else after a blank line before
 * unindented text — never inside a fenced code block. Positions are shifted back to the note's.
 */
import type { Root } from "mdast"
import type { Node } from "unist"

/** Notes below this size parse in one go. */
export const CHUNK_CHARS = 64 * 1024

export const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^#{1,6}(?:[ \t]|$)/
const PLAIN_START = /^(?![ \t]|[-*+>|]|\d{1,9}[.)]|<|$)/

/** `chunkChars`: the size a piece grows to before a cut (tests use small ones: same cuts, less text). */
export function parseInChunks(text: string, parse: (text: string) => Root, chunkChars = CHUNK_CHARS): Root {
  if (text.length <= chunkChars) return parse(text)
  const root: Root = { type: "root", children: [] }
  for (const chunk of splitIntoChunks(text, chunkChars)) {
    const tree = parse(chunk.text)
    if (chunk.line > 1) for (const child of tree.children) shiftPositions(child, chunk.line - 1, chunk.offset)
    root.children.push(...tree.children)
  }
  const last = root.children.at(-1)?.position
  if (last) root.position = { start: { line: 1, column: 1, offset: 0 }, end: last.end }
  return root
}

interface Chunk {
  text: string
  /** 1-based line where the chunk starts in the note. */
  line: number
  offset: number
}

export function splitIntoChunks(text: string, chunkChars = CHUNK_CHARS): Chunk[] {
  const lines = text.split("\n")
  const chunks: Chunk[] = []
  let start = 0 // line index where the current chunk starts
  let startOffset = 0
  let offset = 0
  let size = 0
  let fence: string | undefined
  let previousBlank = false
  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line)
    const canCut =
      !fence &&
      index > start &&
      size >= chunkChars &&
      (HEADING.test(line) || (previousBlank && PLAIN_START.test(line)))
    if (canCut) {
      chunks.push({ text: lines.slice(start, index).join("\n"), line: start + 1, offset: startOffset })
      start = index
      startOffset = offset
      size = 0
    }
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1]
      if (!fence) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined
    }
    previousBlank = line.trim() === ""
    size += line.length + 1
    offset += line.length + 1
  })
  chunks.push({ text: lines.slice(start).join("\n"), line: start + 1, offset: startOffset })
  return chunks
}

/** Moves every position in a subtree down by `lines` (iteratively: trees can be deep). */
function shiftPositions(node: Node, lines: number, offset: number): void {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const at = stack.pop() as Node & { children?: Node[] }
    if (at.position) {
      at.position.start.line += lines
      at.position.end.line += lines
      if (at.position.start.offset !== undefined) at.position.start.offset += offset
      if (at.position.end.offset !== undefined) at.position.end.offset += offset
    }
    if (at.children) stack.push(...at.children)
  }
}
