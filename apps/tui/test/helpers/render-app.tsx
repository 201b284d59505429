/**
 * Renders the App with ink-testing-library over a graph, with copies and saves recorded,
 * in the language the CLI would pick (Korean unless told otherwise).
 */
import type { Graph } from "@kube-notes/graph"
import { getMessages, type Locale } from "@kube-notes/messages"
import { createSearchEngine } from "@kube-notes/search"
import { render } from "ink-testing-library"
import type { LoadedGraph } from "../../src/source/bodies.ts"
import type { SavedState } from "../../src/state/state-file.ts"
import { App } from "../../src/tui/App.tsx"
import type { StudyStore } from "../../src/tui/study/study-store.ts"
import { MessagesContext } from "../../src/tui/use-messages.ts"
import { memoryStudyStore } from "./study-store.ts"

export const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  shiftTab: "\u001b[Z",
  backspace: "\u007f",
  pageDown: "\u001b[6~",
  pageUp: "\u001b[5~",
} as const

export function renderApp(
  /** A graph (pages without bodies: terms, commands) or a graph with its bodies. */
  source: Graph | LoadedGraph,
  options: {
    saved?: SavedState
    warning?: string
    color?: boolean
    locale?: Locale
    study?: StudyStore
    /** `source` is a first screen's subgraph (see AppProps.firstScreen). */
    firstScreen?: boolean
    subscribe?: (listener: (loaded: LoadedGraph) => void) => () => void
  } = {},
) {
  // A bare graph has no bodies: every page shows its title and links only.
  const { graph, getBody } = "nodes" in source ? { graph: source, getBody: () => undefined } : source
  const copies: string[] = []
  const quits: SavedState[] = []
  const result = render(
    <MessagesContext.Provider value={getMessages(options.locale ?? "ko")}>
      <App
        graph={graph}
        getBody={getBody}
        {...(options.firstScreen ? { firstScreen: true } : {})}
        {...(options.subscribe ? { subscribe: options.subscribe } : {})}
        caps={{ color: options.color ?? false, hyperlinks: false }}
        getSearcher={async (g) => createSearchEngine(g)}
        {...(options.saved ? { saved: options.saved } : {})}
        {...(options.warning ? { warning: options.warning } : {})}
        onCopy={(text) => copies.push(text)}
        onQuit={(state) => quits.push(state)}
        study={options.study ?? memoryStudyStore()}
      />
    </MessagesContext.Provider>,
  )
  /** Writes keys one at a time, letting Ink render between them. */
  return { ...result, ...keyboard(result), copies, quits }
}

/** `press` writes keys one at a time, letting Ink render between them; `screen` is the last frame. */
export function keyboard(result: {
  stdin: { write(data: string): void }
  frames: string[]
  lastFrame(): string | undefined
}) {
  /** Waits until the frame stops changing (Ink renders asynchronously, the machine may be busy). */
  const settle = async () => {
    let last = result.frames.length
    for (let quiet = 0, waited = 0; quiet < 3 && waited < 1000; waited += 15) {
      await tick(15)
      quiet = result.frames.length === last ? quiet + 1 : 0
      last = result.frames.length
    }
  }
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      result.stdin.write(key)
      await settle()
    }
  }
  const screen = () => result.lastFrame() ?? ""
  /** Waits for what an asynchronous step (a lazy import, a file read) shows, or fails saying what. */
  const waitFor = async (predicate: (screen: string) => boolean, what: string) => {
    for (let waited = 0; waited < 10_000; waited += 20) {
      if (predicate(screen())) return settle() // and let the new screen's key handler attach
      await tick(20)
    }
    throw new Error(`Timed out waiting for ${what}; the screen was:\n${screen()}`)
  }
  return { press, screen, waitFor }
}

export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
