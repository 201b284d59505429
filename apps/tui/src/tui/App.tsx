import type { Graph } from "@kube-notes/graph"
import { createGraphQuery } from "@kube-notes/graph"
import { Box, type Key, useApp, useInput } from "ink"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { buildNodeDocument, displayTitle } from "../render/node-document.ts"
import { serializeLine } from "../render/serialize-line.ts"
import type { TerminalCapabilities } from "../render/terminal-capabilities.ts"
import type { GetBody, LoadedGraph } from "../source/bodies.ts"
import type { Searcher } from "../source/searcher.ts"
import type { SavedState } from "../state/state-file.ts"
import { STUDY_TEXT } from "../study/messages.ts"
import { scopeOfPage } from "../study/scope-deck.ts"
import { type Action, reduceAppState } from "./app-state.ts"
import { HelpOverlay } from "./HelpOverlay.tsx"
import { createInitialState } from "./initial-state.ts"
import { handleKey } from "./key-handler.ts"
import { ListOverlay } from "./ListOverlay.tsx"
import { computeLayout } from "./layout-size.ts"
import { getOverlayItems } from "./overlay-items.ts"
import { ReaderPane } from "./ReaderPane.tsx"
import { firstInReadingOrder } from "./reading-start.ts"
import { StatusLine } from "./StatusLine.tsx"
import { splitKeys } from "./split-keys.ts"
import { literal } from "./status-text.ts"
import { LazyStudyScreen } from "./study/LazyStudyScreen.tsx"
import type { StudyStore } from "./study/study-store.ts"
import { TreePane } from "./TreePane.tsx"
import { buildTreeRows } from "./tree-rows.ts"
import { useHighlighter } from "./use-highlighter.ts"
import { useMessages } from "./use-messages.ts"
import { useTerminalSize } from "./use-terminal-size.ts"

export interface AppProps {
  readonly graph: Graph
  /** The body of the note or topic on the page, read when it is opened. */
  readonly getBody: GetBody
  /** Watch mode: called with each new graph and its bodies; returns the unsubscribe function. */
  readonly subscribe?: (listener: (loaded: LoadedGraph) => void) => () => void
  /**
   * `graph` is the first screen's subgraph (first-screen.json): the first frame is drawn from
   * it, and the whole graph comes through `subscribe`. Until it does, keys wait; then the state
   * is made again from the whole graph (the same, bookmarks aside) and the keys are replayed.
   */
  readonly firstScreen?: boolean
  readonly caps: TerminalCapabilities
  /** Builds the search engine on first use (it is not needed for the first frame). */
  readonly getSearcher: (graph: Graph) => Promise<Searcher>
  /** Where the reader was last time, and its bookmarks. */
  readonly saved?: SavedState
  /** A warning for the status line at start (a damaged state file). */
  readonly warning?: string
  /** Writes the text to the clipboard (OSC 52 in the real terminal). */
  readonly onCopy: (text: string) => void
  /** Called with what to remember, just before the app exits. */
  readonly onQuit?: (state: SavedState) => void
  /** Where `s` (study) reads and saves progress. */
  readonly study: StudyStore
}

/** The reader: tree of notes and topics on the left, the page on the right, status below. */
export function App(props: AppProps) {
  const { caps } = props
  const m = useMessages()
  const { exit } = useApp()
  const [{ graph, getBody }, setLoaded] = useState<LoadedGraph>({
    graph: props.graph,
    getBody: props.getBody,
  })
  useEffect(() => props.subscribe?.(setLoaded), [props.subscribe])
  const query = useMemo(() => createGraphQuery(graph), [graph])
  const [state, setState] = useState(() => createInitialState(query, props.saved, props.warning))
  // The latest state, updated as each action is dispatched: several keys may arrive in one
  // input event, and each must see what the one before it did.
  const stateRef = useRef(state)
  const dispatch = useCallback((action: Action) => {
    stateRef.current = reduceAppState(stateRef.current, action)
    setState(stateRef.current)
  }, [])
  // First screen: keys pressed before the whole graph is in, replayed once it is.
  const [whole, setWhole] = useState(!props.firstScreen)
  const waitingKeys = useRef<[string, Key][] | undefined>(props.firstScreen ? [] : undefined)
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the whole graph replaces the first screen
  useEffect(() => {
    if (whole || graph === props.graph) return
    stateRef.current = createInitialState(query, props.saved, props.warning)
    setState(stateRef.current)
    setWhole(true)
  }, [graph])
  const size = useTerminalSize()
  const layout = computeLayout(size.columns, size.rows)
  const rows = useMemo(() => buildTreeRows(query, state.expanded), [query, state.expanded])
  // Opening a page (from search, a mention, history) moves the tree's cursor to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page changes
  useEffect(() => {
    const index = rows.findIndex((row) => row.id === state.current)
    if (index >= 0) dispatch({ type: "cursor", to: index })
  }, [state.current])
  const node = query.getNode(state.current) ?? firstInReadingOrder(query) ?? query.graph.nodes[0]
  const { highlight, version } = useHighlighter(caps.color)
  // biome-ignore lint/correctness/useExhaustiveDependencies: version changes when a highlight lands
  const doc = useMemo(
    () =>
      node
        ? buildNodeDocument(node, query, {
            width: layout.readerTextWidth,
            messages: m,
            getBody,
            ...(highlight ? { highlight } : {}),
          })
        : { lines: [], focusables: [] },
    [node, query, getBody, layout.readerTextWidth, highlight, version, m],
  )
  const pageRows = layout.bodyRows
  const maxScroll = Math.max(0, doc.lines.length - pageRows)
  const scroll = Math.min(state.scroll, maxScroll)
  const lines = doc.lines
    .slice(scroll, scroll + pageRows)
    .map((line) => serializeLine(line, caps, state.focus))

  const [searcher, setSearcher] = useState<Searcher | undefined>(undefined)
  const wantsSearch = state.overlay?.kind === "search"
  // A new graph (watch mode) needs a new index.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the graph changes
  useEffect(() => setSearcher(undefined), [graph])
  useEffect(() => {
    if (!wantsSearch || searcher) return
    let live = true
    props.getSearcher(graph).then((s) => live && setSearcher(s))
    return () => {
      live = false
    }
  }, [wantsSearch, searcher, graph, props.getSearcher])
  const items = useMemo(
    () =>
      state.overlay
        ? getOverlayItems(state.overlay, {
            query,
            searcher,
            current: node?.id ?? "",
            bookmarks: state.bookmarks,
            messages: m,
          })
        : [],
    [state.overlay, query, searcher, node, state.bookmarks, m],
  )

  // The progress is read when study opens, not at start: `kube-notes progress import` may have
  // changed it since. A file that exists but cannot be read is reported and left alone (saving
  // over it could lose its reviews).
  const openStudy = (scopeId: string | undefined) => {
    props.study.load().then(
      (loaded) => dispatch({ type: "study", scopeId, loaded }),
      (error: unknown) =>
        dispatch({
          type: "message",
          text: literal(STUDY_TEXT.cannotRead(error instanceof Error ? error.message : String(error))),
        }),
    )
  }
  const quit = () => {
    props.onQuit?.({ last: { id: state.current, scroll }, bookmarks: state.bookmarks })
    exit()
  }
  const copy = (text: string) => {
    props.onCopy(text)
    dispatch({ type: "message", text: (messages) => messages.notices.copied(text) })
  }
  const typing = ["search", "glossary", "commands"].includes(state.overlay?.kind ?? "")
  const onKeys = (input: string, key: Key) => {
    for (const [one, oneKey] of typing ? [[input, key] as const] : splitKeys(input, key)) {
      const latest = stateRef.current
      handleKey(one, oneKey, {
        state: { ...latest, scroll: Math.min(latest.scroll, maxScroll) },
        dispatch,
        rows,
        doc,
        pageRows,
        maxScroll,
        items,
        copy,
        quit,
        pageCommand: node?.kind === "command" ? node.text : undefined,
        commandText: (id) => query.getNodeOfKind(id, "command")?.text,
        study: () => openStudy(scopeOfPage(query, latest.current)),
      })
    }
  }
  useInput(
    (input, key) => (waitingKeys.current ? waitingKeys.current.push([input, key]) : onKeys(input, key)),
    {
      isActive: !state.study,
    },
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on the first render with the whole graph
  useEffect(() => {
    const keys = waitingKeys.current
    if (!whole || !keys) return
    waitingKeys.current = undefined
    for (const [input, key] of keys) onKeys(input, key)
  }, [whole])

  const focused = doc.focusables[state.focus]
  const hint = focused
    ? `${focused.label} · ${focused.kind === "command" ? m.status.copiesOrOpens : m.status.opens}`
    : null
  const crumbs = node ? [...query.getAncestors(node.id), node].map((n) => displayTitle(n)).join(" › ") : ""
  const overlay = state.overlay
  const loading = overlay?.kind === "search" && !searcher

  if (state.study) {
    const { loaded, scopeId } = state.study
    return (
      <LazyStudyScreen
        graph={graph}
        getBody={getBody}
        query={query}
        {...(scopeId ? { scopeId } : {})}
        progress={loaded.progress}
        {...(loaded.warning ? { warning: loaded.warning } : {})}
        now={props.study.now}
        onProgress={props.study.save}
        onExit={() => dispatch({ type: "studyEnd" })}
        color={caps.color}
        columns={size.columns}
        rows={size.rows}
      />
    )
  }

  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Box flexDirection="row">
        <TreePane
          rows={rows}
          cursor={Math.min(state.cursor, rows.length - 1)}
          current={state.current}
          focused={state.pane === "tree" && !overlay}
          width={layout.treeWidth}
          height={layout.bodyRows}
          color={caps.color}
        />
        <ReaderPane
          lines={lines}
          width={layout.readerWidth}
          height={layout.bodyRows}
          focused={state.pane === "reader" || !!overlay}
          color={caps.color}
        >
          {overlay?.kind === "help" ? (
            <HelpOverlay color={caps.color} width={layout.readerTextWidth} />
          ) : overlay ? (
            <ListOverlay
              title={m.overlays[overlay.kind]}
              items={items}
              selected={overlay.selected}
              query={overlay.query}
              height={layout.bodyRows}
              width={layout.readerTextWidth}
              color={caps.color}
              empty={
                loading
                  ? m.overlays.loading
                  : overlay.kind === "search" && overlay.query === ""
                    ? m.overlays.typeToSearch
                    : m.overlays.empty
              }
            />
          ) : undefined}
        </ReaderPane>
      </Box>
      <StatusLine
        breadcrumbs={crumbs}
        message={state.message?.(m) ?? hint}
        width={layout.columns}
        color={caps.color}
      />
    </Box>
  )
}
