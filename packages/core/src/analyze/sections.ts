/**
 * Splits a note into its title, preamble and sections, and nests the sections.
 * Heading depth is not hierarchy: where headings are numbered ("1.", "1-1)", "2-1)"),
 * the number decides the parent; elsewhere depth does.
 */
import type { Diagnostic, Span } from "@kube-notes/graph"
import GithubSlugger, { slug as slugOf } from "github-slugger"
import type { Heading, RootContent } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { createDiagnostic } from "../diagnostics.ts"
import { spanOf } from "./positions.ts"
import type { SectionHeading } from "./types.ts"

export interface SectionSkeleton extends SectionHeading {
  body: RootContent[]
}

/** "1.", "1)", "1-1)", "1.2", "2-1" (or ①) at the start of a heading; at most three digits a part (not years). */
const CHAINED = /^(\d{1,3}(?:[-.]\d{1,3})+)[.)]?\s+(.*)$/s
const SINGLE = /^(\d{1,3})[.)]\s*(.*)$/s

/** ① … ⑳: circled numbers number headings too (U+2460–U+2473). */
const CIRCLED = /^([\u2460-\u2473])\s*(.*)$/s

export function parseHeadingNumber(text: string): { number?: string; title: string } {
  const trimmed = text.trim()
  const circled = CIRCLED.exec(trimmed)
  if (circled?.[1] && circled[2]?.trim())
    return { number: String((circled[1].codePointAt(0) ?? 0x2460) - 0x245f), title: circled[2].trim() }
  const match = CHAINED.exec(trimmed) ?? SINGLE.exec(trimmed)
  if (!match?.[1]) return { title: trimmed }
  const title = (match[2] ?? "").trim()
  return { number: match[1].replace(/\./g, "-"), title: title || trimmed }
}

export function splitSections(
  path: string,
  children: RootContent[],
): {
  titleHeading?: Heading
  preamble: RootContent[]
  sections: SectionSkeleton[]
  diagnostics: Diagnostic[]
} {
  const diagnostics: Diagnostic[] = []
  const content = children.filter((node) => node.type !== "yaml")
  let start = 0
  let titleHeading: Heading | undefined
  const first = content[0]
  if (first?.type === "heading" && first.depth === 1) {
    titleHeading = first
    start = 1
  }
  const preamble: RootContent[] = []
  const sections: SectionSkeleton[] = []
  const slugger = new GithubSlugger()
  const slugHolders = new Map<string, Span>()
  for (let i = start; i < content.length; i++) {
    const node = content[i] as RootContent
    if (node.type !== "heading") {
      const current = sections.at(-1)
      if (current) current.body.push(node)
      else preamble.push(node)
      continue
    }
    const text = mdastToString(node).replace(/\s+/g, " ").trim()
    const { number, title } = parseHeadingNumber(text)
    const base = slugOf(text) || "section"
    const slug = slugger.slug(text) || `section-${sections.length + 1}`
    const position = spanOf(node)
    // The anchor the heading would have had belongs to an earlier heading (same text, or an
    // earlier duplicate that was given this very anchor): links to it land there.
    const holder = slug !== base ? slugHolders.get(base) : undefined
    if (holder)
      diagnostics.push(
        createDiagnostic(
          path,
          position.start,
          "duplicate-heading",
          `Heading “${text}” has the same anchor (#${base}) as the heading at line ${holder.start.line}; it was given #${slug}. Rename one to link to it reliably.`,
        ),
      )
    slugHolders.set(slug, position)
    sections.push({
      title: title || text || "(제목 없음)",
      ...(number ? { number } : {}),
      depth: node.depth,
      slug,
      parent: -1,
      position,
      body: [],
    })
  }
  nestSections(path, sections, diagnostics)
  return { ...(titleHeading ? { titleHeading } : {}), preamble, sections, diagnostics }
}

function nestSections(path: string, sections: SectionSkeleton[], diagnostics: Diagnostic[]): void {
  const latestByNumber = new Map<string, number>()
  const lastChild = new Map<string, number>() // parent number ("" for top level) → last child's ordinal
  let stack: number[] = []
  sections.forEach((section, index) => {
    const { number } = section
    const parentNumber = number?.includes("-") ? number.slice(0, number.lastIndexOf("-")) : undefined
    const numberedParent = parentNumber === undefined ? undefined : latestByNumber.get(parentNumber)
    if (numberedParent !== undefined) {
      stack = [...ancestry(sections, numberedParent), numberedParent]
    } else {
      // Top-level numbers close every open numbered section; depth closes the rest.
      while (stack.length > 0) {
        const top = sections[stack.at(-1) as number] as SectionSkeleton
        if (top.depth >= section.depth || (number !== undefined && top.number !== undefined)) stack.pop()
        else break
      }
    }
    section.parent = stack.at(-1) ?? -1
    stack.push(index)
    if (number === undefined) return
    latestByNumber.set(number, index)
    checkNumbering(path, section, parentNumber, numberedParent, lastChild, diagnostics)
  })
}

function checkNumbering(
  path: string,
  section: SectionSkeleton,
  parentNumber: string | undefined,
  numberedParent: number | undefined,
  lastChild: Map<string, number>,
  diagnostics: Diagnostic[],
): void {
  const number = section.number as string
  const ordinal = Number(number.slice(number.lastIndexOf("-") + 1))
  const key = parentNumber ?? ""
  const previous = lastChild.get(key)
  lastChild.set(key, ordinal)
  if (parentNumber !== undefined && numberedParent === undefined) {
    diagnostics.push(
      createDiagnostic(
        path,
        section.position.start,
        "numbering-gap",
        `Heading ${number} has no heading ${parentNumber} before it; it was nested by depth instead. Add “${parentNumber}.” or renumber it.`,
      ),
    )
    return
  }
  const expected = (previous ?? 0) + 1
  const isFirstTopLevel = previous === undefined && parentNumber === undefined
  if (ordinal !== expected && !isFirstTopLevel && ordinal > (previous ?? 0)) {
    const wanted = parentNumber ? `${parentNumber}-${expected}` : String(expected)
    diagnostics.push(
      createDiagnostic(
        path,
        section.position.start,
        "numbering-gap",
        `Heading ${number} follows ${previous === undefined ? "no sibling" : parentNumber ? `${parentNumber}-${previous}` : previous}; ${wanted} is missing. Renumber the headings or add the missing one.`,
      ),
    )
  }
}

function ancestry(sections: SectionSkeleton[], index: number): number[] {
  const chain: number[] = []
  const seen = new Set<number>()
  for (let at = sections[index]?.parent ?? -1; at !== -1 && !seen.has(at); at = sections[at]?.parent ?? -1) {
    seen.add(at)
    chain.unshift(at)
  }
  return chain
}
