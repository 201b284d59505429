/**
 * One note → its analysis: decoded, parsed once, split into sections, walked once.
 * Pure: the same path and bytes always give the same result, so it can be cached and run
 * in worker threads.
 */
import type { Diagnostic, Span } from "@kube-notes/graph"
import type { Root, RootContent, Yaml } from "mdast"
import { toString as mdastToString } from "mdast-util-to-string"
import { createDiagnostic } from "../diagnostics.ts"
import type { SourceFile } from "../source/types.ts"
import { decodeNote } from "./decode.ts"
import { findDefinitionSentences } from "./definition-sentences.ts"
import { escapeDeepMarkers, limitDepth, MAX_DEPTH, plainTextTree } from "./depth-limit.ts"
import { type FileFormat, formatNamedIn, saysKeywords } from "./formats.ts"
import { readFrontmatter } from "./frontmatter.ts"
import { type CommandContext, commandNamedIn, hintOf } from "./options.ts"
import { spanOf } from "./positions.ts"
import { parseMarkdown } from "./processor.ts"
import { splitSections } from "./sections.ts"
import { findAcronyms, findParenPairs } from "./terms.ts"
import { emptyFindings, type NoteAnalysis, type TermCandidate } from "./types.ts"
import { type FormatContext, walkScope } from "./walk.ts"

export function analyzeNote(file: SourceFile): NoteAnalysis {
  const path = file.path.normalize("NFC")
  const key = path.replace(/\.(md|markdown)$/i, "")
  const fallbackTitle = key.split("/").at(-1) ?? key
  const decoded = decodeNote(path, file.bytes)
  const diagnostics: Diagnostic[] = [...decoded.diagnostics]
  if (decoded.text === undefined) {
    return {
      path,
      key,
      title: fallbackTitle,
      frontmatter: {},
      preamble: { type: "root", children: [] },
      preambleFindings: emptyFindings(),
      sections: [],
      diagnostics,
      definitionSentences: [],
      readable: false,
    }
  }
  const tree = parseSafely(path, decoded.text, diagnostics)
  const flattened = limitDepth(path, tree)
  // One nested-too-deep diagnostic a note: the line escape may already have given it.
  if (!diagnostics.some((d) => d.rule === "nested-too-deep")) diagnostics.push(...flattened)
  const yaml = tree.children.find((node): node is Yaml => node.type === "yaml")
  const frontmatter = readFrontmatter(path, yaml)
  diagnostics.push(...frontmatter.diagnostics)
  const split = splitSections(path, tree.children)
  diagnostics.push(...split.diagnostics)

  // Before the walk: it drops the inline positions the clauses' places come from.
  const definitionSentences = [
    ...findDefinitionSentences(split.preamble, -1),
    ...split.sections.flatMap((skeleton, index) => findDefinitionSentences(skeleton.body, index)),
  ]
  const titleText = split.titleHeading ? mdastToString(split.titleHeading) : ""
  const titleNamed = commandNamedIn(titleText)
  const titleContext = titleNamed && { ...titleNamed, own: false }
  const preambleFindings = emptyFindings()
  walkScope(split.preamble, path, preambleFindings, titleContext)
  const contexts: (CommandContext | undefined)[] = []
  const titleFormat = formatNamedIn(titleText)
  const formats: (FormatContext | undefined)[] = []
  const sections = split.sections.map((skeleton) => {
    const findings = emptyFindings()
    const context = sectionContext(skeleton, contexts[skeleton.parent] ?? titleContext)
    contexts.push(context)
    const parentFormat = formats[skeleton.parent]?.format ?? titleFormat
    const format = sectionFormat(skeleton.title, parentFormat)
    formats.push(format)
    walkScope(skeleton.body, path, findings, context, format)
    findings.terms.push(...headingTerms(skeleton.title, skeleton.position))
    const { body, ...rest } = skeleton
    return { ...rest, ...findings, mdast: rootOf(body) }
  })
  if (split.titleHeading) {
    walkScope([split.titleHeading], path, emptyFindings())
    preambleFindings.terms.push(...headingTerms(titleText, spanOf(split.titleHeading)))
  }

  const declared = frontmatter.data.title
  const title =
    (typeof declared === "string" && declared.trim()) ||
    (split.titleHeading && mdastToString(split.titleHeading).trim()) ||
    fallbackTitle
  if (isEmpty(tree.children)) {
    diagnostics.push(
      createDiagnostic(
        path,
        undefined,
        "empty-note",
        "This note has no content; it appears with its title only. Write something in it or delete it.",
      ),
    )
  }
  return {
    path,
    key,
    title,
    frontmatter: frontmatter.data,
    preamble: rootOf(split.preamble),
    preambleFindings,
    sections,
    diagnostics,
    definitionSentences,
    readable: true,
  }
}

/** `## 3. 시크릿(Secret)`, `# 인그레스 (Ingress)`: a heading that names a term with its alias. */
function headingTerms(title: string, position: Span): TermCandidate[] {
  return [...findParenPairs(title), ...findAcronyms(title)].map((pair) => ({
    ...pair,
    definition: "",
    via: "bracket" as const,
    position,
  }))
}

/** The command a section is about: the one its heading names, else its parent's. */
function sectionContext(
  section: { title: string },
  parent: CommandContext | undefined,
): CommandContext | undefined {
  const named = commandNamedIn(section.title)
  const said = hintOf(section.title)
  const hint = said ?? (named ? undefined : parent?.hint)
  const base = named ?? parent
  if (!base) return undefined
  return { command: base.command, tool: base.tool, ...(hint ? { hint } : {}), own: Boolean(named || said) }
}

/**
 * The file format a section is about: the one its heading names, else its parent's (or the
 * note title's), which applies to this section's lists only when the heading says they hold
 * keywords (`# Dockerfile 작성` › `## 1. 명령어`), as an enclosing command's does for 옵션/출력.
 */
function sectionFormat(title: string, parent: FileFormat | undefined): FormatContext | undefined {
  const named = formatNamedIn(title)
  if (named) return { format: named, own: true }
  return parent ? { format: parent, own: saysKeywords(title) } : undefined
}

function rootOf(children: RootContent[]): Root {
  return { type: "root", children }
}

/** Nothing but front matter: the parser makes no empty paragraphs, so any other node is content. */
function isEmpty(children: RootContent[]): boolean {
  return children.every((node) => node.type === "yaml")
}

/** The parser itself recurses per nesting level: past a few thousand levels it overflows. */
function parseSafely(path: string, text: string, diagnostics: Diagnostic[]): Root {
  const escaped = escapeDeepMarkers(text)
  if (escaped.lines.length > 0)
    diagnostics.push(
      createDiagnostic(
        path,
        { line: escaped.lines[0] ?? 1, column: 1 },
        "nested-too-deep",
        `Lists or quotes nest deeper than ${MAX_DEPTH} levels from here; the deeper part is shown as text. Flatten the nesting.`,
      ),
    )
  try {
    return parseMarkdown(escaped.text)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    diagnostics.push(
      createDiagnostic(
        path,
        deepestLine(text),
        "unparsable-note",
        "This note nests lists or quotes thousands of levels deep and could not be parsed; it is shown as plain text. Flatten the nesting.",
      ),
    )
    return plainTextTree(text)
  }
}

/** The line with the longest run of list or quote markers: where the nesting is. */
function deepestLine(text: string): { line: number; column: number } {
  let best = { line: 1, column: 1, length: -1 }
  text.split("\n").forEach((line, index) => {
    const length = /^[\s>*+\-\d.)]*/.exec(line)?.[0].length ?? 0
    if (length > best.length) best = { line: index + 1, column: 1, length }
  })
  return { line: best.line, column: best.column }
}
