/** Renders the App with ink-testing-library over a graph, with copies and saves recorded. */
import { createSearchEngine } from "@kube-notes/search"
import { render } from "ink-testing-library"
import type { LoadedGraph } from "../../src/source/bodies.ts"
import type { SavedState } from "../../src/state/state-file.ts"
import { App } from "../../src/tui/App.tsx"

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
  { graph, getBody }: LoadedGraph,
  options: { saved?: SavedState; warning?: string; color?: boolean } = {},
) {
  const copies: string[] = []
  const quits: SavedState[] = []
  const result = render(
    <App
      graph={graph}
      getBody={getBody}
      caps={{ color: options.color ?? false, hyperlinks: false }}
      getSearcher={async (g) => createSearchEngine(g)}
      {...(options.saved ? { saved: options.saved } : {})}
      {...(options.warning ? { warning: options.warning } : {})}
      onCopy={(text) => copies.push(text)}
      onQuit={(state) => quits.push(state)}
    />,
  )
  /** Writes keys one at a time, letting Ink render between them. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      result.stdin.write(key)
      await settle()
    }
  }
  const screen = () => result.lastFrame() ?? ""
  /** Waits until the frame stops changing (Ink renders asynchronously, the machine may be busy). */
  const settle = async () => {
    let last = result.frames.length
    for (let quiet = 0, waited = 0; quiet < 3 && waited < 1000; waited += 15) {
      await tick(15)
      quiet = result.frames.length === last ? quiet + 1 : 0
      last = result.frames.length
    }
  }
  return { ...result, press, screen, copies, quits }
}

export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
