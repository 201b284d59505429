/**
 * The kube-notes entry: picks the command, runs it, turns usage mistakes into exit code 2
 * and anything unexpected into a one-line message (a crash is a bug, never the content's
 * fault — the stack is shown only with KUBE_NOTES_DEBUG=1).
 */
import { HELP } from "./help-text.ts"
import { type CliIo, printLine, processIo } from "./io.ts"
import { parseCommandArgs } from "./parse-command-args.ts"
import { EXIT, UsageError } from "./usage-error.ts"

type CommandRunner = (args: string[], io: CliIo) => Promise<number>

const COMMANDS: Record<string, () => Promise<CommandRunner>> = {
  build: async () => (await import("./commands/build-command.ts")).runBuild,
  check: async () => (await import("./commands/check-command.ts")).runCheck,
  stats: async () => (await import("./commands/stats-command.ts")).runStats,
  show: async () => (await import("./commands/show-command.ts")).runShow,
  search: async () => (await import("./commands/search-command.ts")).runSearch,
  topics: async () => (await import("./commands/list-commands.ts")).runTopics,
  terms: async () => (await import("./commands/list-commands.ts")).runTerms,
  commands: async () => (await import("./commands/list-commands.ts")).runCommands,
  cards: async () => (await import("./commands/cards-command.ts")).runCards,
  progress: async () => (await import("./commands/progress-command.ts")).runProgress,
  path: async () => (await import("./commands/path-command.ts")).runPath,
  study: async () => (await import("./commands/study-command.ts")).runStudy,
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const [first, ...rest] = argv
    const load = first === undefined ? undefined : COMMANDS[first]
    if (load && first) {
      if (rest.includes("--help") || rest.includes("-h")) {
        printLine(io, HELP[first])
        return EXIT.ok
      }
      return await (await load())(rest, io)
    }
    return await runMain(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kube-notes: ${error.message}\n`)
      return EXIT.usage
    }
    const detail = io.env.KUBE_NOTES_DEBUG === "1" && error instanceof Error ? `\n${error.stack}` : ""
    io.stderr.write(
      `kube-notes: unexpected failure: ${error instanceof Error ? error.message : String(error)}${detail}\n`,
    )
    io.stderr.write(
      "This is a bug in kube-notes, not in your notes. Re-run with KUBE_NOTES_DEBUG=1 and report it.\n",
    )
    return 70
  }
}

async function runMain(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("main", argv)
  if (positionals.length > 0)
    throw new UsageError(`Unknown command "${positionals[0]}". See \`kube-notes --help\`.`)
  if (values.help) {
    printLine(io, HELP.main)
    return EXIT.ok
  }
  if (values.version) {
    printLine(io, await readVersion())
    return EXIT.ok
  }
  if (values.watch && typeof values.content !== "string")
    throw new UsageError("--watch needs --content DIR: the packaged notes never change.")
  const { runInteractive } = await import("./commands/interactive-command.ts")
  return runInteractive(values, io)
}

async function readVersion(): Promise<string> {
  const { readFile } = await import("node:fs/promises")
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string
  }
  return pkg.version
}
