/**
 * Mounts the reader on the real terminal and resolves when it quits. This module is what
 * scripts/bundle-reader.mjs bundles, so the CLI loads Ink and React as one file.
 */
import type { Graph } from "@kube-notes/graph"
import { render } from "ink"
import type { TerminalCapabilities } from "../render/terminal-capabilities.ts"
import type { GetBody, LoadedGraph } from "../source/bodies.ts"
import { createSearcher } from "../source/searcher.ts"
import type { LoadedState, SavedState } from "../state/state-file.ts"
import { App } from "./App.tsx"
import { copyWithOsc52 } from "./osc52.ts"

export interface StartReaderOptions {
  readonly graph: Graph
  readonly getBody: GetBody
  readonly subscribe?: (listener: (loaded: LoadedGraph) => void) => () => void
  readonly caps: TerminalCapabilities
  readonly loaded: LoadedState
  readonly save: (state: SavedState) => void
}

export async function startReader(options: StartReaderOptions): Promise<void> {
  const out = process.stdout
  const app = render(
    <App
      graph={options.graph}
      getBody={options.getBody}
      {...(options.subscribe ? { subscribe: options.subscribe } : {})}
      caps={options.caps}
      getSearcher={createSearcher}
      saved={options.loaded.state}
      {...(options.loaded.warning ? { warning: options.loaded.warning } : {})}
      onCopy={(text) => copyWithOsc52(text, out)}
      onQuit={options.save}
    />,
    { exitOnCtrlC: true, patchConsole: true, maxFps: 60 },
  )
  await app.waitUntilExit()
}
