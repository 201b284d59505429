/**
 * GFM autolink literals (`www.x.y`, `https://x.y`, `a@b.c`) cost the parser two passes that
 * almost never find anything in these notes: micromark tries its e-mail construct at the start
 * of every ASCII word, and mdast's transform walks the whole tree four times (one regex each)
 * looking for literals in text. Both only find what certain characters start, so a note that
 * holds none of them can skip them and get the same tree (positions included):
 *
 * - micromark's constructs read the raw text: an e-mail literal must consume an `@`; a www one
 *   `www.` (any case); a protocol one `http://` or `https://` (any case). A chunk without one
 *   of these cannot produce that literal, and a construct that fails leaves no event behind
 *   (the data it split is merged again), so it is left out of that chunk's parser.
 * - the transform (mdast-util-gfm-autolink-literal) reads decoded text, where `&#64;` or
 *   `www\.` become `@` and `www.`: its regexes all need `@`, `www.` or `http(s)://` (any case)
 *   in a text node outside links. It runs only on the top-level blocks that hold such a text
 *   node; it changes nothing elsewhere and each block's changes stay inside that block.
 *
 * `test/autolink-literals.test.ts` checks the identity against remark-gfm as published.
 */
import type { Root, RootContent } from "mdast"
import type { Data, Processor } from "unified"

type MicromarkExtension = NonNullable<Data["micromarkExtensions"]>[number]
type FromMarkdownEntry = NonNullable<Data["fromMarkdownExtensions"]>[number]
type FromMarkdownExtension = Exclude<FromMarkdownEntry, unknown[]>
type Transform = NonNullable<FromMarkdownExtension["transforms"]>[number]

/** The three constructs micromark-extension-gfm-autolink-literal registers in text. */
export const AUTOLINK_CONSTRUCTS = {
  email: "emailAutolink",
  www: "wwwAutolink",
  protocol: "protocolAutolink",
} as const
export type AutolinkKind = keyof typeof AUTOLINK_CONSTRUCTS

const RAW_STARTS: Record<AutolinkKind, RegExp> = {
  email: /@/,
  www: /www\./i,
  protocol: /https?:\/\//i,
}

/** The autolink literals raw Markdown can hold: the constructs its parser needs. */
export function autolinkKindsIn(text: string): AutolinkKind[] {
  return (Object.keys(RAW_STARTS) as AutolinkKind[]).filter((kind) => RAW_STARTS[kind].test(text))
}

/** What the transform's regexes need in a text node: `@`, `www.` or `http(s)://`, any case. */
const DECODED_START = /@|www\.|https?:\/\//i

/**
 * A unified plugin, used after remark-gfm: keeps only the `kinds` of autolink constructs in
 * micromark's extensions and runs the autolink transform only where it can match.
 */
export function leanAutolinkLiterals(this: Processor, kinds: readonly AutolinkKind[]): undefined {
  const data = this.data()
  const dropped = new Set(
    (Object.keys(AUTOLINK_CONSTRUCTS) as AutolinkKind[])
      .filter((kind) => !kinds.includes(kind))
      .map((kind) => AUTOLINK_CONSTRUCTS[kind] as string),
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
  if (!extension.text || dropped.size === 0) return extension
  const text: NonNullable<MicromarkExtension["text"]> = {}
  for (const [code, value] of Object.entries(extension.text)) {
    const kept = (Array.isArray(value) ? value : [value]).filter(
      (construct): construct is NonNullable<typeof construct> =>
        construct !== undefined && !(construct.name && dropped.has(construct.name)),
    )
    if (kept.length > 0) text[Number(code)] = kept
  }
  return { ...extension, text }
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
      stack.push(...(node.children as RootContent[]))
    }
  }
  return false
}
