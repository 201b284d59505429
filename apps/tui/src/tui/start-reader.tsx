/**
 * Mounts the reader (or the study screen) on the real terminal and resolves when it quits. This module is what
 * scripts/bundle-reader.mjs bundles, so the CLI loads Ink and React as one file.
 */
import type { Graph } from "@kube-notes/graph"
import type { Messages } from "@kube-notes/messages"
import { render } from "ink"
import type { TerminalCapabilities } from "../render/terminal-capabilities.ts"
import type { GetBody, LoadedGraph } from "../source/bodies.ts"
import { createSearcher } from "../source/searcher.ts"
import type { LoadedState, SavedState } from "../state/state-file.ts"
import { App } from "./App.tsx"
import { layoutEngineReady } from "./layout-engine-ready.ts"
import { copyWithOsc52 } from "./osc52.ts"
import type { StudyAppProps } from "./study/StudyApp.tsx"
import type { StudyStore } from "./study/study-store.ts"
import { MessagesContext } from "./use-messages.ts"

export interface StartReaderOptions {
  readonly graph: Graph
  readonly getBody: GetBody
  readonly subscribe?: (listener: (loaded: LoadedGraph) => void) => () => void
  /**
   * The whole graph, when `graph` is the first screen's subgraph: parsed on the tick after the
   * first frame, then handed to the reader (keys pressed before that wait for it).
   */
  readonly rest?: () => LoadedGraph
  readonly caps: TerminalCapabilities
  readonly loaded: LoadedState
  readonly save: (state: SavedState) => void
  /** The reader's language, chosen once by the CLI from the environment. */
  readonly messages: Messages
  readonly study: StudyStore
}

export async function startReader(options: StartReaderOptions): Promise<void> {
  const out = process.stdout
  const { rest } = options
  const subscribe =
    options.subscribe ??
    (rest
      ? (listener: (loaded: LoadedGraph) => void) => {
          const timer = setTimeout(() => {
            try {
              listener(rest())
            } catch (error) {
              app.unmount(error instanceof Error ? error : new Error(String(error)))
            }
          }, 0)
          return () => clearTimeout(timer)
        }
      : undefined)
  await layoutEngineReady
  const app = render(
    <MessagesContext.Provider value={options.messages}>
      <App
        graph={options.graph}
        getBody={options.getBody}
        {...(subscribe ? { subscribe } : {})}
        {...(rest ? { firstScreen: true } : {})}
        caps={options.caps}
        getSearcher={createSearcher}
        saved={options.loaded.state}
        {...(options.loaded.warning ? { warning: options.loaded.warning } : {})}
        onCopy={(text) => copyWithOsc52(text, out)}
        onQuit={options.save}
        study={options.study}
      />
    </MessagesContext.Provider>,
    { exitOnCtrlC: true, patchConsole: true, maxFps: 60 },
  )
  await app.waitUntilExit()
}

/** `kube-notes study`: the study screen alone; resolves when the learner leaves it. */
export async function startStudy(props: StudyAppProps): Promise<void> {
  // Imported here, not above: the reader alone never evaluates the study code.
  const { StudyApp } = await import("./study/StudyApp.tsx")
  await layoutEngineReady
  const app = render(<StudyApp {...props} />, { exitOnCtrlC: true, patchConsole: true, maxFps: 60 })
  await app.waitUntilExit()
}
