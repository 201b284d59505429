/**
 * Builds the graph from a source, and updates it when files change without redoing the
 * work for notes that did not: each note's analysis is kept by content hash, each note's
 * fragment is kept while what it looked up elsewhere (link targets, anchors, term names,
 * aliases in its text, assets) stays the same — see fragment-deps.ts.
 */
import { createHash } from "node:crypto"
import {
  type Diagnostic,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type NoteBodies,
  SCHEMA_VERSION,
  type TermNode,
} from "@kube-notes/graph"
import { analyzeNote } from "../analyze/analyze-note.ts"
import { ANALYSIS_VERSION } from "../analyze/processor.ts"
import type { NoteAnalysis } from "../analyze/types.ts"
import { attachDescriptions, describeNote, type NoteDescriptions } from "../assemble/descriptions.ts"
import { buildFragment, type Fragment } from "../assemble/fragment.ts"
import { type Glossary, readGlossary } from "../assemble/glossary.ts"
import { createMentionMatcher, type MentionMatcher } from "../assemble/mentions.ts"
import {
  createNoteRef,
  indexNotes,
  type LiveNoteIndex,
  type NoteIndex,
  type NoteRef,
} from "../assemble/note-index.ts"
import { createTermIndex, type TermIndexState } from "../assemble/term-index.ts"
import { compareDiagnostics, createDiagnostic } from "../diagnostics.ts"
import type { ContentSource, SourceFile } from "../source/types.ts"
import {
  type ChangedNotes,
  type ContextChange,
  createAliasTest,
  diffAliases,
  isFragmentCurrent,
} from "./fragment-deps.ts"
import {
  type BuiltGraph,
  createLazyBodies,
  type EncodedBodies,
  encodeBodies,
  type GraphBodies,
} from "./graph-bodies.ts"
import { holdBodiesEncoded } from "./held-bodies.ts"
import { fullAnalysis, holdTrees, treesOf, withTrees } from "./held-trees.ts"
import { createJoiner } from "./joiner.ts"
import { assignKeys, type KeyedNotes, patchKeys } from "./note-keys.ts"
import { readingEdges } from "./reading-edges.ts"
import { compareReadingOrder, placeMoved } from "./reading-order.ts"
import { concatAll, keepUnchangedParts, sameItems } from "./reuse.ts"
import { createSharedMerger } from "./shared-merger.ts"
import { linkSignature } from "./signatures.ts"

/** Where analyses are kept between processes (the disk cache) — optional. */
export interface AnalysisCache {
  get(hash: string): NoteAnalysis | undefined
  set(hash: string, analysis: NoteAnalysis): void
  /**
   * Takes analyses whose trees are held as bytes as they are (core's disk cache writes the
   * bytes, held-trees.ts). Any other cache is given whole analyses.
   */
  readonly takesHeldTrees?: boolean
  /**
   * Only the trees' bytes of an entry (see `treesJson`), for a note whose analysis is known
   * without them: a fragment built again then parses its trees and nothing else.
   */
  getTrees?(hash: string): Buffer | undefined
}

/** Analyses many files at once (worker threads); by default, one by one in this thread. */
export type AnalyzeMany = (files: SourceFile[]) => Promise<NoteAnalysis[]>

export interface GraphBuilderOptions {
  readonly cache?: AnalysisCache
  readonly analyzeMany?: AnalyzeMany
  /**
   * Drop each note's mdast once its fragment is built: the entry becomes light, as a restored
   * one is (an update that must build its fragment again reads the analysis from the cache or
   * analyses the note again). For a builder that builds once — `buildGraphFromDir`'s — this
   * lowers the build's peak memory, and `createDirBuilder` sets it whenever its cache is the
   * disk cache, which holds the trees anyway. Otherwise a builder keeps its trees, as the bytes
   * of their JSON (held-trees.ts), parsed again only for a fragment built again. Either way a
   * built fragment's bodies are held as their file's bytes (held-bodies.ts). @default false
   */
  readonly releaseTrees?: boolean
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
  linkSig: string
  /** The note's place for links, and the key and link signature it was made under. */
  ref?: NoteRef
  refKey?: string
  fragment?: Fragment
  /** The note key the fragment was built under (a duplicate's `~2` can change). */
  fragmentKey?: string
  /** The assembly round that last built or checked the fragment. */
  fragmentRound?: number
  /** The note's term descriptions, the key they were found under and the names they asked about. */
  described?: { key: string; list: NoteDescriptions; asked: Set<string> }
  /**
   * Restored without its mdast (see `restore`): the full analysis is read from the analysis
   * cache (or the note analysed again from `file`) only if its fragment must be built.
   */
  light?: { file?: SourceFile }
  /** With `releaseTrees`, the note's source until its mdast is dropped (then `light.file`). */
  source?: SourceFile
  /** What `restore` made this entry from: handed out again by `snapshot` while nothing changed. */
  restoredFrom?: SavedEntry
}

/**
 * A builder's state after a build, to go on from in another process (builder-state.ts
 * keeps it on disk): each note's analysis without its mdast and its fragment as last built or
 * checked, and the alias map those fragments were current against.
 */
export interface BuilderSnapshot {
  readonly entries: readonly SavedEntry[]
  readonly byAlias: readonly (readonly [string, string])[]
}

export interface SavedEntry {
  readonly path: string
  readonly hash: string
  /** The note's analysis without `preamble` and the sections' `mdast`. */
  readonly analysis: NoteAnalysis
  /** The note's fragment (its `bodies` may be read lazily), the key it was built under, its bodies' encoding. */
  readonly fragment?: { readonly key: string; readonly value: Fragment; readonly bodies: EncodedBodies }
}

type Keyed = KeyedNotes<Entry>

export interface GraphBuilder {
  /** Builds from a whole source, reusing whatever is unchanged since the last build. */
  build(source: ContentSource): Promise<BuiltGraph>
  /** Applies changes to the last source and returns the new graph and bodies. */
  update(changes: FileChanges): Promise<BuiltGraph>
  /** The state after the last build or update, for `restore` in another process. */
  snapshot(): BuilderSnapshot
  /**
   * Takes another builder's snapshot as this one's state, before its first build: that build
   * then analyses only notes whose bytes changed, and keeps each restored fragment whose
   * lookups (fragment-deps.ts) still hold instead of building it again.
   */
  restore(snapshot: BuilderSnapshot): void
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
  /** Entries in reading order; undefined before the first assembly. */
  let ordered: Entry[] | undefined
  /** Entries added, removed or reordered since the last assembly: only they move in `ordered`. */
  let moved = new Set<Entry>()
  /** Readable entries in reading order with their unique keys (made with `ordered`). */
  let keyed: Keyed = { notes: [], duplicates: [], keyOf: new Map(), taken: new Map() }
  /** Notes whose analysis changed since the last assembly: the new one, or undefined when removed. */
  let pending = new Map<string, NoteAnalysis | undefined>()
  /** The term index; undefined when the glossary changed (it is made afresh). */
  let termState: TermIndexState | undefined
  let matcher: MentionMatcher = createMentionMatcher(new Map())
  let byAlias = new Map<string, string>()
  let noteIndex: LiveNoteIndex | undefined
  let lastAssetSig: string | undefined
  /** Counts assemblies: a fragment can be checked against the last change only if it was current one round ago. */
  let round = 0
  let described: { terms: TermNode[]; lists: NoteDescriptions[]; nodes: TermNode[] } | undefined
  let diagnostics: { parts: Diagnostic[][]; sorted: Diagnostic[] } | undefined
  /** Set by `restore` until the first assembly: every kept fragment's lookups are checked. */
  let restored = false
  /** Encodings of restored fragments' bodies, known without reading them. */
  const restoredBodies = new WeakMap<Fragment, EncodedBodies>()
  /** Fragments built here, whose bodies are held as their bytes: read only when asked for. */
  const heldInBytes = new WeakMap<Fragment, () => NoteBodies>()
  const joinNodes = createJoiner<GraphNode>()
  const joinEdges = createJoiner<GraphEdge>()
  const mergeSharedNodes = createSharedMerger()
  /**
   * The joiners' next arrays, allocated after an update once the event loop turns: a builder
   * that was updated once is kept for more, and a build alone allocates nothing ahead.
   */
  let preparing: ReturnType<typeof setImmediate> | undefined
  const prepareAhead = () => {
    if (preparing) return
    preparing = setImmediate(() => {
      preparing = undefined
      joinNodes.prepare()
      joinEdges.prepare()
    })
    // Never what keeps a process alive.
    preparing.unref()
  }

  const analyzeFiles = async (files: readonly SourceFile[]) => {
    const pending: { file: SourceFile; hash: string }[] = []
    for (const file of files) {
      const hash = hashFile(file)
      const known = entries.get(file.path)
      if (known?.hash === hash) {
        if (known.light) known.light.file = file
        continue
      }
      const cached = options.cache?.get(hash)
      if (cached) setEntry(file, hash, cached)
      else pending.push({ file, hash })
    }
    const analyses = options.analyzeMany
      ? await options.analyzeMany(pending.map((p) => p.file))
      : pending.map((p) => analyzeNote(p.file))
    pending.forEach(({ file, hash }, index) => {
      const analysis = analyses[index] as NoteAnalysis
      setEntry(file, hash, analysis)
      const { cache } = options
      cache?.set(hash, cache.takesHeldTrees ? analysis : fullAnalysis(analysis))
    })
  }

  const setEntry = (file: SourceFile, hash: string, analysis: NoteAnalysis) => {
    const { path } = file
    const previous = entries.get(path)
    const order = (a: NoteAnalysis | undefined) => JSON.stringify(a?.frontmatter.order ?? null)
    if (
      previous &&
      (order(previous.analysis) !== order(analysis) || previous.analysis.readable !== analysis.readable)
    )
      moved.add(previous)
    pending.set(path, analysis)
    if (!previous) {
      const entry: Entry = {
        hash,
        analysis,
        linkSig: linkSignature(analysis),
        ...(options.releaseTrees ? { source: file } : {}),
      }
      entries.set(path, entry)
      moved.add(entry)
      return
    }
    // The entry object stays (it holds the note's place in `ordered`); what came from the old
    // analysis goes, except the link ref, which is kept while the link signature is the same.
    previous.hash = hash
    previous.analysis = analysis
    previous.linkSig = linkSignature(analysis)
    // The old fragment stays until the new one is built (its edges may be reused), but is
    // no longer current.
    previous.fragmentRound = -1
    delete previous.described
    delete previous.light
    if (options.releaseTrees) previous.source = file
  }

  const removeEntry = (path: string) => {
    const entry = entries.get(path)
    if (entry && entries.delete(path)) {
      moved.add(entry)
      pending.set(path, undefined)
    }
  }

  const setGlossary = (file: SourceFile | undefined) => {
    const hash = file ? hashFile(file) : ""
    if (hash === glossaryHash) return
    glossaryHash = hash
    glossary = readGlossary(file)
    termState = undefined
  }

  const setAssets = (paths: readonly string[]) => {
    assets = new Set(paths.map((path) => path.normalize("NFC")))
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
      const built = assemble()
      prepareAhead()
      return built
    },
    snapshot() {
      const saved: SavedEntry[] = []
      for (const [path, entry] of entries) {
        const { fragment, fragmentKey } = entry
        const current = fragment && fragmentKey !== undefined && entry.fragmentRound === round
        const from = entry.restoredFrom
        const unchanged =
          from !== undefined &&
          entry.light !== undefined &&
          (current
            ? from.fragment?.value === fragment && from.fragment.key === fragmentKey
            : from.fragment === undefined)
        if (unchanged) {
          saved.push(from)
          continue
        }
        saved.push({
          path,
          hash: entry.hash,
          analysis: entry.light ? entry.analysis : withoutMdast(entry.analysis),
          ...(current
            ? {
                fragment: {
                  key: fragmentKey,
                  value: fragment,
                  bodies: restoredBodies.get(fragment) ?? encodeBodies(fragment.bodies),
                },
              }
            : {}),
        })
      }
      return { entries: saved, byAlias: [...byAlias] }
    },
    restore(snapshot) {
      if (entries.size > 0 || ordered)
        throw new Error("restore() is for a builder that has built nothing yet")
      for (const saved of snapshot.entries) {
        const entry: Entry = {
          hash: saved.hash,
          analysis: saved.analysis,
          linkSig: linkSignature(saved.analysis),
          light: {},
          restoredFrom: saved,
        }
        if (saved.fragment) {
          entry.fragment = saved.fragment.value
          entry.fragmentKey = saved.fragment.key
          // Current one round before the first assembly, as a fragment of the last build is.
          entry.fragmentRound = round
          restoredBodies.set(saved.fragment.value, saved.fragment.bodies)
        }
        entries.set(saved.path, entry)
        moved.add(entry)
        pending.set(saved.path, saved.analysis)
      }
      byAlias = new Map(snapshot.byAlias)
      matcher = createMentionMatcher(byAlias)
      restored = true
    },
  }

  /**
   * After its fragment is built, the note's analysis without its mdast (its bodies keep what
   * they share with it), and its source to analyse it again if an update needs the mdast.
   */
  function releaseTrees(entry: Entry, ref: NoteRef, file: SourceFile | undefined): void {
    // A held analysis's copy: the held one may still be wanted whole (a deferred cache write).
    entry.analysis = treesOf(entry.analysis) ? { ...entry.analysis } : withoutMdast(entry.analysis)
    ref.analysis = entry.analysis
    entry.light = file ? { file } : {}
    delete entry.source
  }

  /**
   * The light analysis in hand with its trees read from the cache (the same note's bytes made
   * both): nothing else of the entry is parsed. Undefined when the cache has no trees for it or
   * they do not parse, so the entry is read whole or the note analysed again.
   */
  function cachedTrees(entry: Entry): NoteAnalysis | undefined {
    const trees = options.cache?.getTrees?.(entry.hash)
    if (!trees) return undefined
    try {
      return withTrees(entry.analysis, trees)
    } catch {
      return undefined
    }
  }

  /** The full analysis of a restored note, before its fragment is built. */
  function loadFull(entry: Entry, ref: NoteRef): void {
    const file = entry.light?.file
    const full =
      cachedTrees(entry) ?? options.cache?.get(entry.hash) ?? (file ? analyzeNote(file) : undefined)
    if (!full) throw new Error(`${entry.analysis.path}: restored without its source; build() must come first`)
    entry.analysis = full
    ref.analysis = full
    delete entry.light
  }

  function assemble(): BuiltGraph {
    const changed = pending
    pending = new Map()
    const orderChanged = !ordered || moved.size > 0
    const movedNow = moved
    moved = new Set()
    let rekeyed = false
    if (!ordered) {
      ordered = [...entries.values()].sort((a, b) => compareReadingOrder(a.analysis, b.analysis))
      keyed = assignKeys(ordered)
      rekeyed = true
    } else if (movedNow.size > 0) {
      ordered = placeMoved(ordered, movedNow, (entry) => entries.get(entry.analysis.path) === entry)
      const before = keyed.keyOf
      keyed = patchKeys(keyed, ordered, movedNow, (a, b) => compareReadingOrder(a.analysis, b.analysis))
      rekeyed = keyed.keyOf !== before
    }
    const notesChanged = updateNoteIndex(rekeyed, orderChanged, changed, movedNow)
    const aliasesChanged = updateTerms(orderChanged, changed)
    // Nothing below reads the changed analyses by this map: with `releaseTrees` it would
    // otherwise keep every new note's mdast until the assembly ends.
    changed.clear()
    const assetSig = [...assets].sort().join("\u0001")
    // After `restore` the fragments were built in another process: links to notes removed
    // since then are in no list of changes, so every link is resolved again.
    const notesNow = notesChanged && restored ? { ...notesChanged, all: true } : notesChanged
    restored = false
    const change: ContextChange = {
      ...(notesNow && noteIndex ? { notes: { index: noteIndex, changed: notesNow } } : {}),
      ...(aliasesChanged.length > 0
        ? { terms: { changed: aliasesChanged, mayMention: createAliasTest(aliasesChanged) } }
        : {}),
      ...(assetSig !== lastAssetSig ? { assets } : {}),
    }
    lastAssetSig = assetSig
    round++

    const context = { matcher, termByAlias: byAlias, notes: noteIndex as NoteIndex, assets }
    const fragments: Fragment[] = []
    const noteIds: string[] = []
    for (const { key, entry } of keyed.notes) {
      const ref = entry.ref as NoteRef
      let fragment = entry.fragment
      const current =
        fragment !== undefined &&
        entry.fragmentKey === key &&
        entry.fragmentRound === round - 1 &&
        isFragmentCurrent(fragment, ref, change)
      if (!current || !fragment) {
        const file = entry.light?.file ?? entry.source
        if (entry.light) loadFull(entry, ref)
        const old = fragment
        // The trees for this build only: a held analysis's are parsed from their bytes.
        ref.analysis = fullAnalysis(entry.analysis)
        fragment = buildFragment(ref, context)
        if (old) keepUnchangedParts(old, fragment)
        if (options.releaseTrees) releaseTrees(entry, ref, file)
        else {
          // Kept for updates: the trees as bytes (parsed again if the fragment is built again).
          entry.analysis = holdTrees(entry.analysis)
          ref.analysis = entry.analysis
        }
        // Its bodies as their file's bytes from now on: the heap keeps no tree of the note.
        const held = holdBodiesEncoded(fragment)
        fragment = held.fragment
        restoredBodies.set(fragment, held.encoded)
        heldInBytes.set(fragment, held.encoded.read)
        entry.fragment = fragment
        entry.fragmentKey = key
      }
      entry.fragmentRound = round
      fragments.push(fragment)
      noteIds.push(ref.id)
    }
    const nodes = joinNodes([
      ...fragments.map((fragment) => fragment.nodes),
      describe(aliasesChanged),
      mergeSharedNodes(fragments),
    ])
    // Most updates change no edge (a text edit): then the last edge list serves again.
    const edges = joinEdges([...fragments.map((fragment) => fragment.edges), ...readingEdges(fragments)])
    const graph: Graph = {
      schemaVersion: SCHEMA_VERSION,
      nodes,
      edges,
      diagnostics: collectDiagnostics(fragments),
    }
    const encodings = fragments.map((fragment) => restoredBodies.get(fragment))
    const readers = fragments.map((fragment) => heldInBytes.get(fragment))
    return { graph, bodies: bodiesOf(noteIds, fragments, encodings, readers) }
  }

  /**
   * Keeps each note's link ref and updates the note index when one changed; returns what
   * changed in it (the changed notes' refs before and after), or undefined when nothing did.
   * `rekeyed`: every note was keyed again (its refs are checked and the index made afresh);
   * otherwise only the changed and moved notes are.
   */
  function updateNoteIndex(
    rekeyed: boolean,
    orderChanged: boolean,
    changed: ReadonlyMap<string, unknown>,
    movedNow: ReadonlySet<Entry>,
  ): ChangedNotes | undefined {
    const gone: NoteRef[] = []
    const added: NoteRef[] = []
    /** Refs kept by notes that moved in reading order: they leave the index and come back. */
    const replaced: NoteRef[] = []
    const keep = (key: string, entry: Entry) => {
      const refKey = `${key}\u0000${entry.linkSig}`
      if (entry.ref && entry.refKey === refKey) {
        entry.ref.analysis = entry.analysis
        if (movedNow.has(entry)) replaced.push(entry.ref)
      } else {
        if (entry.ref) gone.push(entry.ref)
        entry.ref = createNoteRef(key, entry.analysis)
        entry.refKey = refKey
        added.push(entry.ref)
      }
    }
    const before = noteIndex
    if (rekeyed || !before) {
      for (const { key, entry } of keyed.notes) keep(key, entry)
      const refs = keyed.notes.map(({ entry }) => entry.ref as NoteRef)
      // Notes removed (or no longer readable) took their refs with them.
      const now = new Set(refs)
      for (const ref of before?.byPath.values() ?? []) if (!now.has(ref)) gone.push(ref)
      noteIndex = indexNotes(refs, compareReadingOrder)
    } else {
      const touched = new Set<Entry>(movedNow)
      for (const path of changed.keys()) {
        const entry = entries.get(path)
        if (entry) touched.add(entry)
      }
      for (const entry of touched) {
        const key = entries.get(entry.analysis.path) === entry ? keyed.keyOf.get(entry) : undefined
        if (key !== undefined) keep(key, entry)
        else if (entry.ref) {
          // Removed or no longer readable: its ref leaves the index.
          gone.push(entry.ref)
          delete entry.ref
          delete entry.refKey
        }
      }
      if (!orderChanged && added.length === 0 && gone.length === 0) return undefined
      before.replace([...gone, ...replaced], [...added, ...replaced])
    }
    // Refs replaced or gone, new ones, and changed notes that kept theirs (they may have moved
    // in reading order, so a name they share with another note may now answer differently).
    const moved: NoteRef[] = []
    for (const path of changed.keys()) {
      const entry = entries.get(path)
      if (entry?.ref && keyed.keyOf.has(entry)) moved.push(entry.ref)
    }
    const targets = new Set<string>()
    const paths = new Set<string>()
    const names = new Set<string>()
    for (const ref of [...gone, ...added, ...moved, ...replaced]) {
      targets.add(ref.id)
      for (const id of ref.anchors.values()) targets.add(id)
      paths.add(ref.analysis.path)
      for (const name of ref.names) names.add(name)
    }
    return { targets, paths, names }
  }

  /** Updates the term index; returns the folded aliases whose term changed. */
  function updateTerms(
    orderChanged: boolean,
    changed: ReadonlyMap<string, NoteAnalysis | undefined>,
  ): string[] {
    const before = byAlias
    if (!termState) {
      termState = createTermIndex(
        glossary,
        keyed.notes.map(({ entry }) => entry.analysis),
      )
    } else if (changed.size > 0 || orderChanged) {
      const order = orderChanged ? keyed.notes.map(({ entry }) => entry.analysis.path) : undefined
      if (!termState.update(changed, order)) return []
    } else return []
    const after = termState.index.byAlias
    const aliases = diffAliases(before, after)
    // A restored alias map is only compared with: matching follows the new index's own.
    if (aliases.length > 0 || restored) {
      byAlias = after
      matcher = createMentionMatcher(after)
    }
    return aliases
  }

  /** The term nodes with their descriptions: each note's found again only when it or an alias it asked about changed. */
  function describe(aliasesChanged: readonly string[]): TermNode[] {
    let listsChanged = !described
    const lists = keyed.notes.map(({ key, entry }) => {
      const known = entry.described
      if (known && known.key === key && !aliasesChanged.some((alias) => known.asked.has(alias)))
        return known.list
      listsChanged = true
      entry.described = { key, ...describeNote(key, entry.analysis, byAlias) }
      return entry.described.list
    })
    const terms = (termState as TermIndexState).index.terms
    if (described && !listsChanged && described.terms === terms && sameItems(described.lists, lists))
      return described.nodes
    described = { terms, lists, nodes: attachDescriptions(terms, lists) }
    return described.nodes
  }

  /** Diagnostics of every note and fragment, ordered by file then place; sorted again only when one changed. */
  function collectDiagnostics(fragments: readonly Fragment[]): Diagnostic[] {
    const parts: Diagnostic[][] = [
      sourceProblems,
      glossary.diagnostics,
      keyed.duplicates,
      (termState as TermIndexState).index.diagnostics,
    ]
    for (const entry of entries.values()) parts.push(entry.analysis.diagnostics)
    for (const fragment of fragments) parts.push(fragment.diagnostics)
    // Most notes have none: a note's new (empty) list is no change.
    const found = parts.filter((part) => part.length > 0)
    if (diagnostics && sameItems(diagnostics.parts, found)) return diagnostics.sorted
    diagnostics = { parts: found, sorted: concatAll(found).sort(compareDiagnostics) }
    return diagnostics.sorted
  }
}

/**
 * The bodies a build returns; a restored fragment's are read only when asked for, their
 * encoding known. Made outside `createGraphBuilder`: a closure made inside it would keep the
 * whole builder (every note's analysis and mdast, the indexes) alive for as long as the
 * bodies are held — after a one-shot build too, whose builder is otherwise garbage.
 */
function bodiesOf(
  noteIds: readonly string[],
  fragments: readonly Fragment[],
  encodings: readonly (EncodedBodies | undefined)[],
  readers: readonly ((() => NoteBodies) | undefined)[],
): GraphBodies {
  // Bodies held as bytes are decoded only when asked for; the others are taken now.
  const bodies = fragments.map((fragment, i) => {
    // Not the fragment: its other parts would stay alive as long as the bodies.
    const read = readers[i]
    if (read) return read
    const entry = fragment.bodies
    return () => entry
  })
  return createLazyBodies(
    () =>
      new Map(
        bodies.map((read, i) => {
          const encoded = encodings[i]
          return [noteIds[i] as string, { bodies: read, ...(encoded ? { encoded } : {}) }]
        }),
      ),
  )
}

/** What a snapshot keeps of an analysis: all but the mdast, which only a fragment's build reads. */
function withoutMdast(analysis: NoteAnalysis): NoteAnalysis {
  const { preamble: _preamble, ...rest } = analysis
  return {
    ...rest,
    sections: analysis.sections.map(({ mdast: _mdast, ...section }) => section),
  } as NoteAnalysis
}
