/**
 * What analysing one note yields: plain, serialisable data (it is cached on disk and passed
 * between worker threads), with no reference to other notes.
 */
import type { Diagnostic, Span } from "@kube-notes/graph"
import type { Root } from "mdast"
import type { DefinitionSentence } from "./definition-sentences.ts"

export interface TermCandidate {
  name: string
  aliases: string[]
  definition: string
  /** How it was found; only "definition" makes a `defines` edge. */
  via: "definition" | "bracket" | "acronym" | "bold"
  position: Span
}

export interface CommandFound {
  text: string
  tool: string
  shell?: string
  /** A trailing `# comment` written after it. */
  description?: string
  position: Span
}

/**
 * A definition list item under a command (`-e : …`, `PID : …`, `shift + p : …`) or under a
 * file format (`FROM : …` under a Dockerfile, `apiVersion: …` under a manifest).
 */
export interface OptionFound {
  /** The command the list belongs to, as its text (`ps`, `docker run`); for a format's keyword, the command that reads the file (`docker build`). */
  command: string
  tool: string
  name: string
  description: string
  role: "option" | "field" | "key" | "keyword"
  /** For a keyword: the file format it belongs to (`Dockerfile`, `compose.yaml`, `manifest`). */
  format?: string
  position: Span
}

export interface ResourceFound {
  url: string
  title: string
  position: Span
}

export interface ImageFound {
  /** Asset path inside the content folder, or undefined when the path is unsafe. */
  path: string | undefined
  position: Span
}

export interface LinkFound {
  /** "md": relative link to a note; "wiki": [[target]]; "anchor": #heading in the same note. */
  via: "md" | "wiki" | "anchor"
  /** Note path inside the content folder (md), the wiki target as written (wiki), or "" (anchor). */
  target: string
  anchor?: string
  position: Span
}

/** What a note's preamble or one topic holds. */
export interface ScopeFindings {
  terms: TermCandidate[]
  commands: CommandFound[]
  options: OptionFound[]
  resources: ResourceFound[]
  images: ImageFound[]
  links: LinkFound[]
}

/** A section's heading facts, shared by the splitter's skeleton and the final analysis. */
export interface SectionHeading {
  title: string
  number?: string
  depth: number
  slug: string
  /** Index of the parent section in `sections`, or -1 for the note itself. */
  parent: number
  position: Span
}

export interface SectionAnalysis extends SectionHeading, ScopeFindings {
  mdast: Root
}

export interface NoteAnalysis {
  path: string
  /** Path without its extension: the readable part of the note's id. */
  key: string
  title: string
  frontmatter: Record<string, unknown>
  preamble: Root
  preambleFindings: ScopeFindings
  sections: SectionAnalysis[]
  diagnostics: Diagnostic[]
  /** "X은/는 … 이다"-style clauses, attached to term X at assembly when X names a term. */
  definitionSentences: DefinitionSentence[]
  /** False for binary files: they yield no node. */
  readable: boolean
}

export function emptyFindings(): ScopeFindings {
  return { terms: [], commands: [], options: [], resources: [], images: [], links: [] }
}
