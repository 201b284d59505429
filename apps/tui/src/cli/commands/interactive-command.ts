/**
 * `kube-notes` with no command: the Ink reader in the alternate screen, restored on exit.
 * When stdout is not a terminal there is nothing to interact with: print the topic list.
 */
import { resolve } from "node:path"
import type { Messages } from "@kube-notes/messages"
import { detectCapabilities } from "../../render/terminal-capabilities.ts"
import type { ReaderGraph } from "../../source/load-graph.ts"
import { fileStudyStore } from "../../tui/study/file-study-store.ts"
import { type CliIo, printLine } from "../io.ts"
import type { ParsedArgs } from "../parse-command-args.ts"
import { stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { loadQuery, loadReaderSource } from "./shared.ts"
import { inAlternateScreen, loadReader } from "./terminal-screen.ts"

export async function runInteractive(values: ParsedArgs["values"], io: CliIo, m: Messages): Promise<number> {
  if (!io.stdout.isTTY || !io.stdin?.isTTY) return printPlain(values, io, m)
  // From here on a person is at a terminal: Ink draws on the process's own streams.
  // Raw mode now, not when Ink mounts: keys typed while the graph loads are kept for the
  // reader instead of being swallowed by the terminal's line editing.
  process.stdin.setRawMode(true)
  // Compile the reader (Ink, React) while the graph file is still being read from disk.
  const reader = loadReader()
  reader.catch(() => {}) // a failure is seen where it is awaited, after the graph loads
  const watcher = values.watch
    ? await (await import("../../source/watch-content.ts")).watchContent(
        await (await import("../../source/load-graph.ts")).checkDir(
          resolve(io.cwd, stringOption(values.content) ?? ""),
        ),
        (message) => io.stderr.write(`kube-notes: ${message}\n`),
      )
    : undefined
  // The saved position first: it decides whether the first screen beside graph.json can draw
  // the opening page (see loadGraphForReader).
  const state = await import("../../state/state-file.ts")
  const stateFile = state.getStateFile(io.env)
  const loaded = state.loadState(stateFile, m)
  // The graph alone: the reader builds its own query, and building one here too cost
  // ~100 ms at 1,000 notes.
  const source: ReaderGraph = watcher?.loaded ?? (await loadReaderSource(values, io, loaded.state?.last?.id))
  const { graph, getBody } = source
  const { startReader } = await reader
  try {
    await inAlternateScreen(() =>
      startReader({
        graph,
        getBody,
        ...(watcher ? { subscribe: watcher.subscribe } : {}),
        ...(source.rest ? { rest: source.rest } : {}),
        caps: detectCapabilities(io.env, true),
        loaded,
        save: (saved) => state.saveState(stateFile, saved),
        messages: m,
        study: fileStudyStore(io.env),
      }),
    )
  } finally {
    watcher?.close()
  }
  if (loaded.warning) io.stderr.write(`kube-notes: ${loaded.warning}\n`)
  return EXIT.ok
}

async function printPlain(values: ParsedArgs["values"], io: CliIo, m: Messages): Promise<number> {
  const { listTopics } = await import("./list-commands.ts")
  const { sanitizeTerminalText } = await import("../../render/sanitize-terminal-text.ts")
  for (const row of listTopics(await loadQuery(values, io)))
    printLine(io, `${"  ".repeat(row.level)}${sanitizeTerminalText(row.display)}`)
  io.stderr.write(`${m.output.notATerminal}\n`)
  return EXIT.ok
}
