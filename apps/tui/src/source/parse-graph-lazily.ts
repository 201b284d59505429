/**
 * Parses a graph.json but leaves every `mdast` tree as bytes until someone reads it.
 *
 * Most of a large graph.json is mdast (30 of 43 million characters at 1,000 notes), and
 * decoding + JSON.parse of it (plus the garbage collection the resulting objects cause) was
 * most of the reader's start-up, while the first frame shows one page. So the file is
 * scanned as bytes: each `"mdast":{…}` value is cut out and replaced by its index, the much
 * smaller rest is decoded and parsed as usual, and each `mdast` property becomes a getter
 * that parses its slice the first time it is read (then turns into a plain value).
 * Consumers see an ordinary graph (`JSON.stringify`, spreading and `in` all work).
 *
 * The cut is only trusted when it provably lines up: a `"mdast":` key must follow `{` or `,`
 * (inside a JSON string the quote would be escaped), every value cut must be an object, and
 * every cut must come back as the `mdast` of a node. Anything else — pretty-printed JSON, an
 * `mdast` key somewhere unexpected (front matter) — falls back to a plain JSON.parse.
 */

const KEY = Buffer.from('"mdast":')
const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

/** Where one node's mdast sits in the file: `[node index, start byte, end byte)`. */
export type MdastRange = readonly [node: number, start: number, end: number]

export interface LazyParse {
  /** The parsed JSON, with each range's node given a lazy `mdast`. */
  readonly value: unknown
  /** Empty after a fallback to a full parse. */
  readonly ranges: readonly MdastRange[]
}

export function parseGraphLazily(bytes: Buffer): unknown {
  return parseGraphBytes(bytes).value
}

export function parseGraphBytes(bytes: Buffer): LazyParse {
  const full = (): LazyParse => ({ value: JSON.parse(bytes.toString("utf8")), ranges: [] })
  const cut = cutMdast(bytes)
  if (!cut) return full()
  const value = JSON.parse(cut.rest) as unknown
  if (cut.ranges.length === 0) return { value, ranges: [] }
  const nodes = (value as { nodes?: unknown } | null)?.nodes
  if (!Array.isArray(nodes)) return full()
  const ranges: MdastRange[] = []
  const used = new Set<number>()
  for (const [index, node] of nodes.entries()) {
    const placeholder = (node as { mdast?: unknown } | null)?.mdast
    if (typeof placeholder !== "number") continue
    const range = cut.ranges[placeholder]
    if (!range || used.has(placeholder)) return full()
    used.add(placeholder)
    ranges.push([index, range[0], range[1]])
  }
  // Every cut must be a node's mdast: otherwise a placeholder sits somewhere else.
  if (ranges.length !== cut.ranges.length) return full()
  attachLazyMdast(nodes, bytes, ranges)
  return { value, ranges }
}

/** Gives each node named by `ranges` an `mdast` parsed from its bytes on first read. */
export function attachLazyMdast(
  nodes: readonly unknown[],
  bytes: Buffer,
  ranges: readonly MdastRange[],
): void {
  for (const [index, start, end] of ranges)
    defineLazyMdast(nodes[index] as Record<string, unknown>, bytes, start, end)
}

interface Cut {
  /** The JSON text with each cut mdast value replaced by its index into `ranges`. */
  readonly rest: string
  /** Byte ranges `[start, end)` of the cut values in the original bytes. */
  readonly ranges: (readonly [number, number])[]
}

function cutMdast(bytes: Buffer): Cut | undefined {
  const pieces: Buffer[] = []
  const ranges: [number, number][] = []
  let copied = 0
  let from = 0
  for (;;) {
    const at = bytes.indexOf(KEY, from)
    if (at < 0) break
    const before = bytes[at - 1]
    const start = at + KEY.length
    from = start
    // Not right after `{` or `,`: inside a string, or pretty-printed. Leave it in the text.
    if (before !== OPEN_BRACE && before !== COMMA) continue
    if (bytes[start] !== OPEN_BRACE) return undefined
    const end = skipContainer(bytes, start)
    if (end < 0) return undefined
    pieces.push(bytes.subarray(copied, start), Buffer.from(String(ranges.length)))
    ranges.push([start, end])
    copied = end
    from = end
  }
  pieces.push(bytes.subarray(copied))
  return { rest: Buffer.concat(pieces).toString("utf8"), ranges }
}

/** The index just past the object or array starting at `start`, or -1 if it never closes. */
function skipContainer(bytes: Buffer, start: number): number {
  let depth = 0
  let i = start
  const length = bytes.length
  while (i < length) {
    const byte = bytes[i] as number
    if (byte === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes. UTF-8
      // continuation bytes are ≥ 0x80, so a multi-byte character never looks like either.
      for (;;) {
        i = bytes.indexOf(QUOTE, i + 1)
        if (i < 0) return -1
        let slashes = 0
        while (bytes[i - 1 - slashes] === BACKSLASH) slashes++
        if (slashes % 2 === 0) break
      }
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--
      if (depth === 0) return i + 1
    }
    i++
  }
  return -1
}

function defineLazyMdast(node: Record<string, unknown>, bytes: Buffer, start: number, end: number): void {
  const settle = (value: unknown) => {
    Object.defineProperty(node, "mdast", { value, enumerable: true, writable: true, configurable: true })
    return value
  }
  Object.defineProperty(node, "mdast", {
    enumerable: true,
    configurable: true,
    get: () => settle(JSON.parse(bytes.toString("utf8", start, end))),
    set: settle,
  })
}
