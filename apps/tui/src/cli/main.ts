/**
 * The kube-notes entry: picks the language and the command, runs it, turns usage mistakes
 * into exit code 2 and anything unexpected into a one-line message (a crash is a bug, never
 * the content's fault — the stack is shown only with KUBE_NOTES_DEBUG=1).
 */
import { getMessages, type Messages, pickLocale } from "@kube-notes/messages"
import { type CliIo, printLine, processIo } from "./io.ts"
import { parseCommandArgs } from "./parse-command-args.ts"
import { EXIT, UsageError } from "./usage-error.ts"

/** A sub-command: its arguments, where to write, and the language to write in. */
export type CommandRunner = (args: string[], io: CliIo, messages: Messages) => Promise<number>

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
  // Chosen once, here, from the injected environment (LC_ALL, LC_MESSAGES, LANG).
  const m = getMessages(pickLocale(io.env))
  try {
    const [first, ...rest] = argv
    const load = first === undefined ? undefined : COMMANDS[first]
    if (load && first) {
      if (rest.includes("--help") || rest.includes("-h")) {
        printLine(io, helpOf(first, m))
        return EXIT.ok
      }
      return await (await load())(rest, io, m)
    }
    return await runMain(argv, io, m)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kube-notes: ${error.describe(m)}\n`)
      return EXIT.usage
    }
    const detail = io.env.KUBE_NOTES_DEBUG === "1" && error instanceof Error ? `\n${error.stack}` : ""
    const failure = error instanceof Error ? error.message : String(error)
    io.stderr.write(`kube-notes: ${m.errors.unexpectedFailure(failure)}${detail}\n`)
    io.stderr.write(`${m.errors.isABug}\n`)
    return 70
  }
}

function helpOf(command: string, m: Messages): string {
  return command in m.cliHelp ? m.cliHelp[command as keyof Messages["cliHelp"]] : m.cliHelp.main
}

async function runMain(argv: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("main", argv)
  if (positionals.length > 0) throw new UsageError((t) => t.errors.unknownCommand(String(positionals[0])))
  if (values.help) {
    printLine(io, m.cliHelp.main)
    return EXIT.ok
  }
  if (values.version) {
    printLine(io, await readVersion())
    return EXIT.ok
  }
  if (values.watch && typeof values.content !== "string")
    throw new UsageError((t) => t.errors.watchNeedsContent)
  const { runInteractive } = await import("./commands/interactive-command.ts")
  return runInteractive(values, io, m)
}

async function readVersion(): Promise<string> {
  const { readFile } = await import("node:fs/promises")
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string
  }
  return pkg.version
}
