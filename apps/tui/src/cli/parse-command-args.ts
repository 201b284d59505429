/** node:util parseArgs per command, with mistakes turned into UsageErrors that say what to do. */
import { type ParseArgsConfig, parseArgs } from "node:util"
import { type Describe, UsageError } from "./usage-error.ts"

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
    const problem = describeParseError(error)
    throw new UsageError((m) => `${problem(m)}. ${m.errors.seeHelp(command === "main" ? "" : command)}`)
  }
}

/**
 * node:util's parseArgs explains in English, with a code: the codes we know are worded in
 * the user's language (the option named in quotes is kept), anything else as Node wrote it.
 */
function describeParseError(error: unknown): Describe {
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)
  const code = (error as { code?: unknown }).code
  // "Unknown option '--bogus'", "Option '--limit <value>' …", "Option '-h, --help' …": the long name.
  const option = /'([^']+)'/
    .exec(message)?.[1]
    ?.match(/-{1,2}[\w-]+/g)
    ?.at(-1)
  if (option === undefined) return () => message.replace(/\.$/, "")
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return (m) => m.errors.unknownOption(option)
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /argument missing/.test(message)
      ? (m) => m.errors.missingValue(option)
      : (m) => m.errors.noValueTaken(option)
  return () => message.replace(/\.$/, "")
}

export function parsePositiveInt(
  value: string | boolean | undefined,
  name: string,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new UsageError((m) => m.errors.wholeNumber(name, String(value)))
  return n
}

export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined
}
