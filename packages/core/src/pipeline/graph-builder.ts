/**
 * Builds the graph from a source, and updates it when files change without redoing the
 * work for notes that did not: each note's analysis is kept by content hash, each note's
 * fragment is kept while what it looked up elsewhere (link targets, anchors, term names,
 * aliases in its text, assets) stays the same — see fragment-deps.ts.
 */
import { createHash } from "node:crypto"
import {
  type Diagnostic,
  foldName,
  type Graph,
  type GraphEdge,
  type GraphNode,
  SCHEMA_VERSION,
} from "@kube-notes/graph"
import { analyzeNote } from "../analyze/analyze-note.ts"
import { ANALYSIS_VERSION } from "../analyze/processor.ts"
import { splitNameAndAlias } from "../analyze/terms.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { describeTerms } from "../assemble/descriptions.ts"
import { buildFragment, type Fragment } from "../assemble/fragment.ts"
import { type Glossary, readGlossary } from "../assemble/glossary.ts"
import { createMentionMatcher, type MentionMatcher } from "../assemble/mentions.ts"
import { buildNoteIndex, type NoteIndex, type NoteRef } from "../assemble/note-index.ts"
import { buildTermIndex, type TermIndex } from "../assemble/terms.ts"
import { compareDiagnostics, createDiagnostic } from "../diagnostics.ts"
import type { ContentSource, SourceFile } from "../source/types.ts"
import { type ContextChange, createAliasTest, diffAliases, isFragmentCurrent } from "./fragment-deps.ts"
import { type BuiltGraph, createBodies } from "./graph-bodies.ts"
import { pushReadingEdges } from "./reading-edges.ts"
import { compareReadingOrder } from "./reading-order.ts"
import { createSharedMerger } from "./shared-merger.ts"
import { linkSignature, termSignature } from "./signatures.ts"

/** Where analyses are kept between processes (the disk cache) — optional. */
export interface AnalysisCache {
  get(hash: string): NoteAnalysis | undefined
  set(hash: string, analysis: NoteAnalysis): void
}

/** Analyses many files at once (worker threads); by default, one by one in this thread. */
export type AnalyzeMany = (files: SourceFile[]) => Promise<NoteAnalysis[]>

export interface GraphBuilderOptions {
  readonly cache?: AnalysisCache
  readonly analyzeMany?: AnalyzeMany
}

export interface FileChanges {
  /** Notes added or edited. */
  readonly changed?: readonly SourceFile[]
  /** Paths of notes deleted. */
  readonly removed?: readonly string[]
  /** The whole new list of asset paths, when it changed. */
  readonly assets?: readonly string[]
  /** The new glossary; `null` when it was deleted. */
  readonly glossary?: SourceFile | null
}

interface Entry {
  hash: string
  analysis: NoteAnalysis
  termSig: string
  linkSig: string
  fragment?: Fragment
  /** The note key the fragment was built under (a duplicate's `~2` can change). */
  fragmentKey?: string
  /** The assembly round that last built or checked the fragment. */
  fragmentRound?: number
}

export interface GraphBuilder {
  /** Builds from a whole source, reusing whatever is unchanged since the last build. */
  build(source: ContentSource): Promise<BuiltGraph>
  /** Applies changes to the last source and returns the new graph and bodies. */
  update(changes: FileChanges): Promise<BuiltGraph>
}

export function hashFile(file: SourceFile): string {
  return createHash("sha1")
    .update(ANALYSIS_VERSION)
    .update("\0")
    .update(file.path)
    .update("\0")
    .update(file.bytes)
    .digest("hex")
}

export function createGraphBuilder(options: GraphBuilderOptions = {}): GraphBuilder {
  const entries = new Map<string, Entry>()
  let assets = new Set<string>()
  let glossary: Glossary = { entries: [], exclude: [], diagnostics: [] }
  let glossaryHash = ""
  let sourceProblems: Diagnostic[] = []
  /** Entries in reading order; undefined when notes were added, removed or reordered. */
  let ordered: Entry[] | undefined
  let terms: { sig: string; index: TermIndex; matcher: MentionMatcher } | undefined
  let links: { sig: string; index: NoteIndex } | undefined
  /** Signatures of the whole build's context; undefined when a term, heading, note or asset changed. */
  let signatures: { termSig: string; linkSig: string; assetSig: string } | undefined
  let lastAssetSig: string | undefined
  /** Counts assemblies: a fragment can be checked against the last change only if it was current one round ago. */
  let round = 0
  const mergeSharedNodes = createSharedMerger()

  const analyzeFiles = async (files: readonly SourceFile[]) => {
    const pending: { file: SourceFile; hash: string }[] = []
    for (const file of files) {
      const hash = hashFile(file)
      if (entries.get(file.path)?.hash === hash) continue
      const cached = options.cache?.get(hash)
      if (cached) setEntry(file.path, hash, cached)
      else pending.push({ file, hash })
    }
    const analyses = options.analyzeMany
      ? await options.analyzeMany(pending.map((p) => p.file))
      : pending.map((p) => analyzeNote(p.file))
    pending.forEach(({ file, hash }, index) => {
      const analysis = analyses[index] as NoteAnalysis
      setEntry(file.path, hash, analysis)
      options.cache?.set(hash, analysis)
    })
  }

  const setEntry = (path: string, hash: string, analysis: NoteAnalysis) => {
    const previous = entries.get(path)
    const order = (a: NoteAnalysis | undefined) => JSON.stringify(a?.frontmatter.order ?? null)
    if (!previous || order(previous.analysis) !== order(analysis)) ordered = undefined
    const termSig = termSignature(analysis)
    const linkSig = linkSignature(analysis)
    if (
      !previous ||
      previous.termSig !== termSig ||
      previous.linkSig !== linkSig ||
      previous.analysis.readable !== analysis.readable
    )
      signatures = undefined
    entries.set(path, { hash, analysis, termSig, linkSig })
    if (previous && ordered) ordered[ordered.indexOf(previous)] = entries.get(path) as Entry
  }

  const removeEntry = (path: string) => {
    if (entries.delete(path)) {
      ordered = undefined
      signatures = undefined
    }
  }

  const setGlossary = (file: SourceFile | undefined) => {
    const hash = file ? hashFile(file) : ""
    if (hash === glossaryHash) return
    glossaryHash = hash
    glossary = readGlossary(file)
    signatures = undefined
  }

  const setAssets = (paths: readonly string[]) => {
    const next = new Set(paths.map((path) => path.normalize("NFC")))
    if (next.size !== assets.size || [...next].some((path) => !assets.has(path))) signatures = undefined
    assets = next
  }

  return {
    async build(source) {
      const paths = new Set(source.notes.map((file) => file.path.normalize("NFC")))
      for (const path of [...entries.keys()]) if (!paths.has(path)) removeEntry(path)
      setAssets(source.assets)
      setGlossary(source.glossary)
      sourceProblems = (source.problems ?? []).map((p) =>
        createDiagnostic(
          p.path,
          p.line === undefined ? undefined : { line: p.line, column: p.column ?? 1 },
          p.rule,
          p.message,
        ),
      )
      await analyzeFiles(source.notes.map((file) => ({ ...file, path: file.path.normalize("NFC") })))
      return assemble()
    },
    async update(changes) {
      for (const path of changes.removed ?? []) removeEntry(path.normalize("NFC"))
      if (changes.assets) setAssets(changes.assets)
      if (changes.glossary !== undefined) setGlossary(changes.glossary ?? undefined)
      await analyzeFiles(
        (changes.changed ?? []).map((file) => ({ ...file, path: file.path.normalize("NFC") })),
      )
      return assemble()
    },
  }

  function assemble(): BuiltGraph {
    if (!ordered) {
      ordered = [...entries.values()].sort((a, b) => compareReadingOrder(a.analysis, b.analysis))
      signatures = undefined
    }
    const keyed = assignKeys(ordered)
    if (!signatures) {
      const termSig = [glossaryHash, ...keyed.notes.map(({ entry }) => entry.termSig)].join("\u0002")
      const linkSig = keyed.notes.map(({ key, entry }) => `${key}\u0001${entry.linkSig}`).join("\u0002")
      const assetSig = [...assets].sort().join("\u0001")
      signatures = { termSig, linkSig, assetSig }
    }
    const { termSig, linkSig, assetSig } = signatures
    const previousTerms = terms
    const previousLinks = links
    if (termSig !== terms?.sig) {
      const index = buildTermIndex({
        entries: glossary.entries,
        exclude: glossary.exclude,
        candidates: keyed.notes.flatMap(({ entry }) =>
          [entry.analysis.preambleFindings, ...entry.analysis.sections].flatMap((scope) =>
            scope.terms.map((candidate) => ({ path: entry.analysis.path, candidate })),
          ),
        ),
        headings: headingNames(keyed.notes.map(({ entry }) => entry.analysis)),
      })
      terms = { sig: termSig, index, matcher: createMentionMatcher(index.byAlias) }
    }
    if (linkSig !== links?.sig) {
      links = {
        sig: linkSig,
        index: buildNoteIndex(keyed.notes.map(({ key, entry }) => ({ key, analysis: entry.analysis }))),
      }
    }
    const context = { matcher: terms.matcher, termByAlias: terms.index.byAlias, notes: links.index, assets }
    const change: ContextChange = {
      ...(links !== previousLinks ? { notes: links.index } : {}),
      ...(terms !== previousTerms
        ? {
            terms: {
              byAlias: terms.index.byAlias,
              mayMention: createAliasTest(
                diffAliases(previousTerms?.index.byAlias ?? new Map(), terms.index.byAlias),
              ),
            },
          }
        : {}),
      ...(assetSig !== lastAssetSig ? { assets } : {}),
    }
    lastAssetSig = assetSig
    round++

    const nodes: GraphNode[] = []
    const edges: GraphEdge[] = []
    const fragments: Fragment[] = []
    keyed.notes.forEach(({ key, entry }, index) => {
      // Same link signature: same notes in the same order with the same headings, so the
      // index's ref differs from this note only by its analysis when the note's text changed.
      const ref = links?.index.notes[index] as NoteRef
      ref.analysis = entry.analysis
      let fragment = entry.fragment
      const current =
        fragment !== undefined &&
        entry.fragmentKey === key &&
        entry.fragmentRound === round - 1 &&
        isFragmentCurrent(fragment, ref, change)
      if (!current || !fragment) {
        fragment = buildFragment(ref, context)
        entry.fragment = fragment
        entry.fragmentKey = key
      }
      entry.fragmentRound = round
      fragments.push(fragment)
      for (const node of fragment.nodes) nodes.push(node)
      for (const edge of fragment.edges) edges.push(edge)
    })
    pushReadingEdges(fragments, edges)
    const notes = keyed.notes.map(({ key, entry }) => ({ key, analysis: entry.analysis }))
    for (const node of describeTerms(terms.index.terms, terms.index.byAlias, notes)) nodes.push(node)
    for (const node of mergeSharedNodes(fragments)) nodes.push(node)
    const graph: Graph = {
      schemaVersion: SCHEMA_VERSION,
      nodes,
      edges,
      diagnostics: collectDiagnostics(keyed.duplicates),
    }
    return { graph, bodies: createBodies(() => fragments.map((fragment) => fragment.bodies)) }
  }

  /** Unique keys in reading order: a second note with the same key (case or Unicode form) gets `~2`. */
  function assignKeys(list: Entry[]): { notes: { key: string; entry: Entry }[]; duplicates: Diagnostic[] } {
    const notes: { key: string; entry: Entry }[] = []
    const duplicates: Diagnostic[] = []
    const usedKeys = new Map<string, string>()
    for (const entry of list) {
      const { analysis } = entry
      if (!analysis.readable) continue
      let key = analysis.key
      const firstPath = usedKeys.get(key.toLowerCase())
      if (firstPath !== undefined) {
        let n = 2
        while (usedKeys.has(`${analysis.key}~${n}`.toLowerCase())) n++
        key = `${analysis.key}~${n}`
        duplicates.push(
          createDiagnostic(
            analysis.path,
            undefined,
            "duplicate-id",
            `This note has the same id as ${firstPath} (names differ only in case or Unicode form); it was given the id ${key}. Rename one of them.`,
          ),
        )
      }
      usedKeys.set(key.toLowerCase(), analysis.path)
      notes.push({ key, entry })
    }
    return { notes, duplicates }
  }

  /** Diagnostics of every note and fragment, ordered by file then place. */
  function collectDiagnostics(duplicates: Diagnostic[]): Diagnostic[] {
    const all: Diagnostic[] = [
      ...sourceProblems,
      ...glossary.diagnostics,
      ...duplicates,
      ...(terms?.index.diagnostics ?? []),
    ]
    for (const entry of entries.values()) {
      for (const d of entry.analysis.diagnostics) all.push(d)
      if (entry.fragment) for (const d of entry.fragment.diagnostics) all.push(d)
    }
    return all.sort(compareDiagnostics)
  }
}

/** Every section heading's title, folded, with a trailing "(alias)" read as a second name. */
function headingNames(analyses: NoteAnalysis[]): Set<string> {
  const names = new Set<string>()
  for (const analysis of analyses)
    for (const section of analysis.sections) {
      const { name, aliases } = splitNameAndAlias(section.title)
      for (const n of [name, ...aliases]) names.add(foldName(n))
    }
  return names
}
