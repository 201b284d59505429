/**
 * GFM's parser does work in every note for constructs few notes hold: micromark tries its
 * table at the start of every block and its e-mail autolink literal at the start of every
 * ASCII word, and mdast's autolink transform walks the whole tree four times (one regex each).
 * Each of them only matches what certain raw characters start, so a text without those
 * characters can leave them out and get the same tree (positions included):
 *
 * - a table needs a delimiter row with a pipe or an alignment colon: `|`, `:-` or `-:`;
 * - an e-mail literal must consume an `@`; a www one `www.` (any case); a protocol one
 *   `http://` or `https://` (any case).
 *
 * These are raw characters (micromark reads the text before character references and escapes
 * are decoded; a container's prefix is cut only at the start of a line, so a pair inside a line
 * stays a pair). A construct that fails leaves no event behind (data it split is merged again,
 * a failed table resets the `interrupt` flag it set), so leaving it out changes nothing else.
 *
 * The autolink transform (mdast-util-gfm-autolink-literal) reads decoded text instead, where
 * `&#64;` or `www\.` become `@` and `www.`: its regexes all need `@`, `www.` or `http(s)://`
 * (any case) in a text node outside links. It runs only on the top-level blocks that hold such
 * a text node; it changes nothing elsewhere and each block's changes stay inside that block.
 *
 * `test/lean-gfm.test.ts` checks the identity against remark-gfm as published.
 */
import type { Root, RootContent } from "mdast"
import type { Data, Processor } from "unified"

type MicromarkExtension = NonNullable<Data["micromarkExtensions"]>[number]
type ConstructRecord = NonNullable<MicromarkExtension["text"]>
type FromMarkdownEntry = NonNullable<Data["fromMarkdownExtensions"]>[number]
type FromMarkdownExtension = Exclude<FromMarkdownEntry, unknown[]>
type Transform = NonNullable<FromMarkdownExtension["transforms"]>[number]

/** The GFM constructs that may be left out, by their name in micromark's extensions. */
export const OPTIONAL_CONSTRUCTS = {
  table: "table",
  email: "emailAutolink",
  www: "wwwAutolink",
  protocol: "protocolAutolink",
} as const
export type OptionalConstruct = keyof typeof OPTIONAL_CONSTRUCTS

const RAW_STARTS: Record<OptionalConstruct, RegExp> = {
  table: /\||:-|-:/,
  email: /@/,
  www: /www\./i,
  protocol: /https?:\/\//i,
}

/** The optional constructs raw Markdown can hold: the ones its parser needs. */
export function constructsNeededBy(text: string): OptionalConstruct[] {
  return (Object.keys(RAW_STARTS) as OptionalConstruct[]).filter((name) => RAW_STARTS[name].test(text))
}

/** What the autolink transform's regexes need in a text node: `@`, `www.` or `http(s)://`, any case. */
const DECODED_START = /@|www\.|https?:\/\//i

/**
 * A unified plugin, used after remark-gfm: keeps only the `needed` optional constructs in
 * micromark's extensions and runs the autolink transform only where it can match.
 */
export function leanGfm(this: Processor, needed: readonly OptionalConstruct[]): undefined {
  const data = this.data()
  const dropped = new Set<string>(
    (Object.keys(OPTIONAL_CONSTRUCTS) as OptionalConstruct[])
      .filter((name) => !needed.includes(name))
      .map((name) => OPTIONAL_CONSTRUCTS[name]),
  )
  if (data.micromarkExtensions)
    data.micromarkExtensions = data.micromarkExtensions.map((extension) =>
      withoutConstructs(extension, dropped),
    )
  if (data.fromMarkdownExtensions)
    data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(guardAutolinkTransform)
  return undefined
}

function withoutConstructs(extension: MicromarkExtension, dropped: Set<string>): MicromarkExtension {
  if (dropped.size === 0) return extension
  const lean = { ...extension }
  if (extension.flow) lean.flow = withoutNamed(extension.flow, dropped)
  if (extension.text) lean.text = withoutNamed(extension.text, dropped)
  return lean
}

/** A copy of a construct record without the named constructs (keys, `null` included, kept as they are). */
function withoutNamed(record: ConstructRecord, dropped: Set<string>): ConstructRecord {
  const kept: Record<string, unknown> = {}
  for (const [code, value] of Object.entries(record)) {
    const list = (Array.isArray(value) ? value : [value]).filter(
      (construct): construct is NonNullable<typeof construct> =>
        construct !== undefined && !(construct.name && dropped.has(construct.name)),
    )
    if (list.length > 0) kept[code] = list
  }
  return kept as ConstructRecord
}

/** The autolink extension is the one that handles `literalAutolink` tokens. */
function guardAutolinkTransform(entry: FromMarkdownEntry): FromMarkdownEntry {
  if (Array.isArray(entry)) return entry.map(guardAutolinkTransform) as FromMarkdownEntry
  if (!entry.enter?.literalAutolink || !entry.transforms) return entry
  return { ...entry, transforms: entry.transforms.map(onlyWhereLiteralsCanBe) }
}

function onlyWhereLiteralsCanBe(transform: Transform): Transform {
  return (tree: Root) => {
    for (const block of tree.children) {
      // The transform edits in place (it splices text nodes inside their parent), so a block
      // in a root of its own is edited exactly as it would be in the whole tree.
      if (mayHoldLiteral(block)) transform({ type: "root", children: [block] })
    }
    return undefined
  }
}

/** A text node outside links (the transform skips those) holding a literal's start. */
function mayHoldLiteral(block: RootContent): boolean {
  const stack: RootContent[] = [block]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "text") {
      if (DECODED_START.test(node.value)) return true
    } else if ("children" in node && node.type !== "link" && node.type !== "linkReference") {
      // One at a time: a spread of a paragraph's 100,000 children overflows the call stack.
      for (const child of node.children as RootContent[]) stack.push(child)
    }
  }
  return false
}
