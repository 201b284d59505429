/**
 * `kube-notes` with no command: the Ink reader in the alternate screen, restored on exit.
 * When stdout is not a terminal there is nothing to interact with: print the topic list.
 */
import { resolve } from "node:path"
import { detectCapabilities } from "../../render/terminal-capabilities.ts"
import { type CliIo, printLine } from "../io.ts"
import type { ParsedArgs } from "../parse-command-args.ts"
import { stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { loadQuery, loadSource } from "./shared.ts"

export async function runInteractive(values: ParsedArgs["values"], io: CliIo): Promise<number> {
  if (!io.stdout.isTTY || !io.stdin?.isTTY) return printPlain(values, io)
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
  // The graph alone: the reader builds its own query, and building one here too cost
  // ~100 ms at 1,000 notes.
  const graph = watcher?.graph ?? (await loadSource(values, io, true))
  const state = await import("../../state/state-file.ts")
  const stateFile = state.getStateFile(io.env)
  const loaded = state.loadState(stateFile)
  const { startReader } = await reader
  const out = process.stdout
  out.write("\u001b[?1049h\u001b[H") // alternate screen: the shell's screen comes back on exit
  const restore = () => out.write("\u001b[?25h\u001b[?1049l")
  process.once("exit", restore)
  try {
    await startReader({
      graph,
      ...(watcher ? { subscribe: (listener: (g: typeof graph) => void) => watcher.subscribe(listener) } : {}),
      caps: detectCapabilities(io.env, true),
      loaded,
      save: (saved) => state.saveState(stateFile, saved),
    })
  } finally {
    watcher?.close()
    if (process.stdin.isTTY) process.stdin.setRawMode(false)
    restore()
    process.removeListener("exit", restore)
  }
  if (loaded.warning) io.stderr.write(`kube-notes: ${loaded.warning}\n`)
  return EXIT.ok
}

/** The bundled reader when the build made it, else the compiled modules (same code). */
async function loadReader(): Promise<typeof import("../../tui/start-reader.tsx")> {
  // Ink draws only a last frame when CI (or CI_*) is set, which it reads when loaded. This runs
  // only on a real terminal, where a person is reading: say so before Ink is imported.
  process.env.CI = "false"
  const bundle = new URL("../../reader.bundle.mjs", import.meta.url).href
  try {
    return (await import(bundle)) as typeof import("../../tui/start-reader.tsx")
  } catch {
    return import("../../tui/start-reader.tsx")
  }
}

async function printPlain(values: ParsedArgs["values"], io: CliIo): Promise<number> {
  const { listTopics } = await import("./list-commands.ts")
  const { sanitizeTerminalText } = await import("../../render/sanitize-terminal-text.ts")
  for (const row of listTopics(await loadQuery(values, io)))
    printLine(io, `${"  ".repeat(row.level)}${sanitizeTerminalText(row.display)}`)
  io.stderr.write(
    "kube-notes: not a terminal, so no reader; printed the topics. See `kube-notes show --help`.\n",
  )
  return EXIT.ok
}
