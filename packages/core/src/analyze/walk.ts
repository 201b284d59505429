/**
 * The one walk over a section's tree: every extractor looks at the node it cares about,
 * text is split once for prose commands and [[wikilinks]], positions lose their offsets.
 */

import { makeId } from "@kube-notes/graph"
import type { Link, Nodes, Parent, PhrasingContent, Text } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import {
  findFenceCommands,
  findProseCommands,
  namesCommandInSentence,
  shellOfLanguage,
  toolOf,
} from "./commands.ts"
import { type FileFormat, formatNamedIn, formatOfFence, saysKeywords } from "./formats.ts"
import { readLinkTarget } from "./link-target.ts"
import { type CommandContext, commandNamedIn, hintOf, optionsFromList, optionsFromTable } from "./options.ts"
import { hasScheme, isWebUrl, resolveContentPath, splitAnchor } from "./paths.ts"
import { advance, spanOf, trimPosition } from "./positions.ts"
import { findAcronyms, findBracketTerms, findParenPairs, termFromBold, termFromListItem } from "./terms.ts"
import type { ScopeFindings } from "./types.ts"

const WIKILINK = /\[\[([^[\]|#\n]+)?(?:#([^[\]|\n]+))?(?:\|([^[\]\n]+))?\]\]/g
/** Characters that end a bare URL even though GFM keeps them (`"https://…"에서`). */
const URL_END = /["“”'<>\u3000]|[\uAC00-\uD7A3]/

/** List items read as a command's options: they define no terms. */
const optionItems = new WeakSet<object>()
/** Code spans that name a command inside a sentence (`` `kubectl explain` 이 ``): not commands. */
const namingSpans = new WeakSet<object>()

/** The file format a section is about, and whether this section itself says so. */
export interface FormatContext {
  format: FileFormat
  /** Named by this section's heading, or the heading says its lists hold keywords (`## 1. 명령어`). */
  own: boolean
}

/**
 * Walks a section's blocks. `context` is the command the section's heading (or an enclosing
 * one) names; a paragraph naming another command, or saying what a list holds, updates it for
 * the blocks after it. `format` is the file format the section is about: it applies to lists
 * when the section says so (`own`), or from a paragraph that says its list holds keywords;
 * a paragraph or a code fence naming another format replaces it, and a paragraph naming a
 * command ends it (the nearest name says what a list below it belongs to).
 */
export function walkScope(
  nodes: Nodes[],
  notePath: string,
  findings: ScopeFindings,
  context?: CommandContext,
  format?: FormatContext,
): void {
  let current = context
  let currentFormat = format?.own ? format.format : undefined
  for (const node of nodes) {
    if (node.type === "paragraph") {
      const text = mdastToString(node)
      const named = commandNamedIn(text)
      const said = hintOf(text)
      const hint = said ?? (named ? undefined : current?.hint)
      if (named) current = { ...named, ...(hint ? { hint } : {}), own: true }
      else if (current && said) current = { ...current, hint: said, own: true }
      const formatNamed = formatNamedIn(text)
      if (formatNamed) currentFormat = formatNamed
      else if (named) currentFormat = undefined
      else if (!currentFormat && format && saysKeywords(text)) currentFormat = format.format
    } else if (node.type === "code") {
      currentFormat = formatOfFence(node.lang, node.value) ?? currentFormat
    } else if (node.type === "list" && (current || currentFormat)) {
      const options = optionsFromList(node, current, currentFormat)
      if (options) {
        findings.options.push(...options)
        for (const item of node.children) optionItems.add(item)
      }
    } else if (node.type === "table" && (current || currentFormat)) {
      findings.options.push(...(optionsFromTable(node, current, currentFormat) ?? []))
    }
    visit(node, notePath, findings)
  }
}

function visit(node: Nodes, notePath: string, f: ScopeFindings): void {
  extract(node, notePath, f)
  // Blocks keep line and column; inline nodes drop theirs (they were ~60% of the graph's bytes).
  if (PHRASING.has(node.type)) delete node.position
  else trimPosition(node)
}

const PHRASING = new Set([
  "text",
  "emphasis",
  "strong",
  "delete",
  "inlineCode",
  "break",
  "link",
  "image",
  "linkReference",
  "imageReference",
  "footnoteReference",
  "termMention",
  "commandMention",
])

function extract(node: Nodes, notePath: string, f: ScopeFindings): void {
  switch (node.type) {
    case "listItem": {
      if (optionItems.has(node)) break
      const found = termFromListItem(node)
      if (found?.kind === "term") f.terms.push(found.term)
      else if (found?.kind === "command")
        f.commands.push({ text: found.text, tool: found.tool, position: found.position })
      break
    }
    case "strong": {
      const only = node.children.length === 1 ? node.children[0] : undefined
      const bold = only?.type === "text" ? termFromBold(only.value) : undefined
      if (bold) f.terms.push({ ...bold, definition: "", via: "bold", position: spanOf(node) })
      break
    }
    case "code": {
      const shell = shellOfLanguage(node.lang)
      const found = findFenceCommands(node.lang, node.value)
      if (found.length > 0) {
        const start = spanOf(node).start
        node.data = { ...node.data, commandIds: found.map((c) => makeId("command", c.text)) }
        for (const c of found) {
          const at = { line: start.line + 1 + c.line, column: start.column }
          f.commands.push({
            text: c.text,
            tool: c.tool,
            ...(shell ? { shell } : {}),
            ...(c.description ? { description: c.description } : {}),
            position: { start: at, end: at },
          })
        }
      }
      return
    }
    case "inlineCode": {
      const tool = toolOf(node.value)
      if (tool && /\s/.test(node.value.trim()) && !namingSpans.has(node))
        f.commands.push({ text: node.value.trim().replace(/\s+/g, " "), tool, position: spanOf(node) })
      return
    }
    case "link":
      collectLink(node, notePath, f)
      break
    case "image": {
      if (isWebUrl(node.url))
        f.resources.push({ url: node.url, title: node.alt || node.url, position: spanOf(node) })
      else if (!node.url.startsWith("data:")) {
        const path = hasScheme(node.url)
          ? undefined
          : resolveContentPath(notePath, splitAnchor(node.url).path)
        f.images.push({ path, position: spanOf(node) })
      }
      return
    }
    case "definition":
      if (isWebUrl(node.url))
        f.resources.push({ url: node.url, title: node.label ?? node.url, position: spanOf(node) })
      return
    case "text":
      for (const term of findBracketTerms(node.value))
        f.terms.push({
          name: term.name,
          aliases: [term.alias],
          definition: "",
          via: "bracket",
          position: spanOf(node),
        })
      for (const term of findAcronyms(node.value))
        f.terms.push({ ...term, definition: "", via: "acronym", position: spanOf(node) })
      for (const term of findParenPairs(node.value))
        f.terms.push({ ...term, definition: "", via: "bracket", position: spanOf(node) })
      return
    default:
      break
  }
  if ("children" in node) {
    const parent = node as Parent
    markNamingSpans(parent)
    fixBareUrls(parent)
    splitTextChildren(parent, f)
    for (const child of parent.children) visit(child as Nodes, notePath, f)
  }
}

function collectLink(node: Link, notePath: string, f: ScopeFindings): void {
  const position = spanOf(node)
  const target = readLinkTarget(node, notePath)
  if (target.kind === "web") {
    const label = node.children.map((c) => ("value" in c ? c.value : "")).join("")
    f.resources.push({ url: target.url, title: label && label !== target.url ? label : target.url, position })
  } else if (target.kind === "note") f.links.push({ ...target.link, position })
  // A link that leaves the folder is recorded as an md link with no target: reported as unsafe.
  else if (target.kind === "unsafe") f.links.push({ via: "md", target: "", position })
}

function markNamingSpans(parent: Parent): void {
  parent.children.forEach((child, index) => {
    const next = parent.children[index + 1]
    if (
      child.type === "inlineCode" &&
      next?.type === "text" &&
      namesCommandInSentence(child.value, next.value)
    )
      namingSpans.add(child)
  })
}

/** GFM's autolink literal runs into a closing quote or Korean text: cut the URL there. */
function fixBareUrls(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]
    if (child?.type !== "link" || child.children.length !== 1) continue
    const label = child.children[0]
    if (label?.type !== "text" || label.value !== child.url) continue
    const cut = child.url.search(URL_END)
    if (cut <= 0) continue
    const rest = child.url.slice(cut)
    child.url = child.url.slice(0, cut)
    label.value = child.url
    const tail: Text = { type: "text", value: rest }
    if (child.position) {
      const restStart = { line: child.position.start.line, column: child.position.start.column + cut }
      tail.position = { start: restStart, end: child.position.end }
      child.position = { start: child.position.start, end: restStart }
    }
    const next = parent.children[i + 1]
    if (next?.type === "text") {
      next.value = rest + next.value
      if (next.position && tail.position) next.position.start = tail.position.start
    } else parent.children.splice(i + 1, 0, tail as never)
  }
}

interface Piece {
  index: number
  length: number
  make: (value: string, node: Text) => PhrasingContent
}

/** Splits text children at prose commands and [[wikilinks]]. */
function splitTextChildren(parent: Parent, f: ScopeFindings): void {
  if (parent.type === "link" || parent.type === "linkReference") return
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]
    if (child?.type !== "text") continue
    const pieces = findPieces(child.value, f, spanOf(child).start)
    if (pieces.length === 0) continue
    const replacement: PhrasingContent[] = []
    let at = 0
    for (const piece of pieces) {
      if (piece.index < at) continue
      if (piece.index > at) replacement.push(slice(child, at, piece.index))
      const text = slice(child, piece.index, piece.index + piece.length)
      const made = piece.make(text.value, text)
      if (text.position) made.position = text.position
      replacement.push(made)
      at = piece.index + piece.length
    }
    if (at < child.value.length) replacement.push(slice(child, at, child.value.length))
    parent.children.splice(i, 1, ...(replacement as never[]))
    i += replacement.length - 1
  }
}

function findPieces(value: string, f: ScopeFindings, start: { line: number; column: number }): Piece[] {
  const pieces: Piece[] = []
  if (value.includes("[[")) {
    for (const match of value.matchAll(WIKILINK)) {
      const target = (match[1] ?? "").trim()
      const anchor = match[2]?.trim()
      const label = match[3]?.trim() || [target, anchor].filter(Boolean).join(" › ")
      if (!target && !anchor) continue
      pieces.push({
        index: match.index ?? 0,
        length: match[0].length,
        make: (_value, node) => ({
          type: "link",
          url: "",
          children: [{ type: "text", value: label, ...(node.position ? { position: node.position } : {}) }],
          data: { wiki: { target, ...(anchor ? { anchor } : {}) } },
        }),
      })
    }
  }
  if (value.includes(":") || /["“']/.test(value)) {
    for (const command of findProseCommands(value)) {
      const at = advance(start, value, command.index)
      f.commands.push({
        text: command.text,
        tool: command.tool,
        position: { start: at, end: advance(start, value, command.index + command.length) },
      })
      pieces.push({
        index: command.index,
        length: command.length,
        make: (text) => ({
          type: "commandMention",
          commandId: makeId("command", command.text),
          children: [{ type: "text", value: text }],
        }),
      })
    }
  }
  return pieces.sort((a, b) => a.index - b.index)
}

function slice(node: Text, from: number, to: number): Text {
  const value = node.value.slice(from, to)
  if (!node.position) return { type: "text", value }
  const start = advance(node.position.start, node.value, from)
  const end = advance(node.position.start, node.value, to)
  return { type: "text", value, position: { start, end } }
}
