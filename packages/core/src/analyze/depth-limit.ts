/**
 * Bounds how deep a note's tree may nest. Every later stage (extraction, mention marking,
 * the schema check, the web and terminal renderers) walks trees recursively; a 10,000-deep
 * list would overflow their stacks. Content below the limit is kept as plain text, never lost.
 */
import type { Diagnostic } from "@kube-notes/graph"
import type { Nodes, Parent, Root, RootContent } from "mdast"
import { createDiagnostic } from "../diagnostics.ts"
import { FENCE } from "./chunked-parse.ts"

/** Deeper than any real note nests; shallow enough for every recursive walk downstream. */
export const MAX_DEPTH = 64

const PHRASING_PARENTS = new Set([
  "paragraph",
  "heading",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "tableCell",
])

/** Flattens subtrees below MAX_DEPTH into text, in place; one diagnostic per note. */
export function limitDepth(path: string, tree: Root): Diagnostic[] {
  let reported: Diagnostic | undefined
  const stack: { node: Parent; depth: number }[] = [{ node: tree, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Parent; depth: number }
    node.children.forEach((child, index) => {
      if (!("children" in child)) return
      if (depth + 1 < MAX_DEPTH) {
        stack.push({ node: child as Parent, depth: depth + 1 })
        return
      }
      const value = textOf(child)
      const text = { type: "text" as const, value }
      const flat = PHRASING_PARENTS.has(node.type)
        ? text
        : {
            type: "paragraph" as const,
            children: [text],
            ...(child.position ? { position: child.position } : {}),
          }
      node.children[index] = flat as RootContent
      reported ??= createDiagnostic(
        path,
        child.position?.start,
        "nested-too-deep",
        `Lists or quotes nest more than ${MAX_DEPTH} levels deep here; the deeper part is shown as plain text. Flatten the nesting.`,
      )
    })
  }
  return reported ? [reported] : []
}

/** Plain text of a subtree, without recursion (it may be thousands of levels deep). */
export function textOf(node: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const at = stack.pop() as Nodes
    if ("value" in at && typeof at.value === "string") parts.push(at.value)
    else if ("alt" in at && typeof at.alt === "string") parts.push(at.alt)
    if ("children" in at) {
      for (let i = at.children.length - 1; i >= 0; i--) stack.push(at.children[i] as Nodes)
      if (at.type === "paragraph" || at.type === "listItem") parts.push(" ")
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim()
}

/** Columns of leading spaces kept on a line: four per level up to twice MAX_DEPTH. */
const MAX_INDENT = MAX_DEPTH * 4

/** List and quote markers that open one more level each: `- `, `* `, `+ `, `1. `, `1) `, `>`. */
const MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/

/**
 * The parser recurses once per marker at the start of a line, and slows down badly long
 * before it overflows: past `maxMarkers` markers on one line, the next marker is escaped
 * (`\-`) so the rest of the line is text. One backslash is inserted per such line.
 */
export function escapeDeepMarkers(text: string, maxMarkers = MAX_DEPTH): { text: string; lines: number[] } {
  const lines: number[] = []
  let fence: string | undefined
  const out = text.split("\n").map((raw, index) => {
    // Code in fences is kept byte for byte.
    const marker = FENCE.exec(raw)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && raw.trim() === marker)
        fence = undefined
      return raw
    }
    if (marker) fence = marker
    // Indentation nests too (two spaces a level), and micromark slows down steeply past a few
    // hundred levels: indentation beyond MAX_INDENT columns is cut to it.
    const indent = /^[ \t]*/.exec(raw)?.[0] ?? ""
    let line = raw
    if (indent.length > MAX_INDENT && !indent.includes("\t")) {
      lines.push(index + 1)
      line = raw.slice(indent.length - MAX_INDENT)
    }
    let at = 0
    for (let count = 0; ; count++) {
      const match = MARKER.exec(line.slice(at))
      if (!match) return line
      if (count === maxMarkers) {
        if (lines.at(-1) !== index + 1) lines.push(index + 1)
        const markerAt = at + (match[0].length - match[0].trimStart().length)
        return `${line.slice(0, markerAt)}\\${line.slice(markerAt)}`
      }
      at += match[0].length
    }
  })
  return { text: lines.length > 0 ? out.join("\n") : text, lines }
}

/** When even the parser overflows its stack (thousands of levels), the note becomes one text block. */
export function plainTextTree(text: string): Root {
  return { type: "root", children: [{ type: "code", lang: null, meta: null, value: text }] }
}
