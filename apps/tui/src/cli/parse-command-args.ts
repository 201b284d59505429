/** node:util parseArgs per command, with mistakes turned into UsageErrors that say what to do. */
import { type ParseArgsConfig, parseArgs } from "node:util"
import { UsageError } from "./usage-error.ts"

type Options = NonNullable<ParseArgsConfig["options"]>

const SOURCE: Options = {
  content: { type: "string" },
  graph: { type: "string" },
  help: { type: "boolean", short: "h" },
}

export const COMMAND_OPTIONS: Record<string, Options> = {
  main: {
    ...SOURCE,
    watch: { type: "boolean" },
    "no-cache": { type: "boolean" },
    version: { type: "boolean", short: "v" },
  },
  build: {
    content: { type: "string" },
    out: { type: "string" },
    "no-cache": { type: "boolean" },
    cache: { type: "string" },
    help: SOURCE.help as Options[string],
  },
  check: { content: { type: "string" }, json: { type: "boolean" }, help: SOURCE.help as Options[string] },
  stats: { ...SOURCE, json: { type: "boolean" } },
  show: { ...SOURCE, json: { type: "boolean" }, width: { type: "string" } },
  search: { ...SOURCE, json: { type: "boolean" }, limit: { type: "string" }, kind: { type: "string" } },
  topics: { ...SOURCE, json: { type: "boolean" } },
  terms: { ...SOURCE, json: { type: "boolean" } },
  commands: { ...SOURCE, json: { type: "boolean" }, tool: { type: "string" }, shell: { type: "string" } },
  cards: { ...SOURCE, json: { type: "boolean" }, topic: { type: "string" } },
  progress: { ...SOURCE, json: { type: "boolean" }, orphans: { type: "boolean" } },
  path: { ...SOURCE, json: { type: "boolean" } },
  study: { ...SOURCE, topic: { type: "string" } },
}

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>
  readonly positionals: string[]
}

export function parseCommandArgs(command: string, args: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: COMMAND_OPTIONS[command] ?? {},
      allowPositionals: true,
      strict: true,
    })
    return { values: values as ParsedArgs["values"], positionals }
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error)
    throw new UsageError(`${message}. See \`kube-notes ${command === "main" ? "" : `${command} `}--help\`.`)
  }
}

export function parsePositiveInt(
  value: string | boolean | undefined,
  name: string,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} takes a whole number above 0, not "${String(value)}".`)
  return n
}

export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined
}
