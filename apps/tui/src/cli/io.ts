/**
 * Everything a command reads from or writes to its process: injectable, so tests run
 * `main(argv, io)` in-process instead of spawning Node (apps/tui/test/helpers/run-cli.ts).
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: { write(text: string): unknown }
  /** Only the reader reads keys, and only when both stdin and stdout are terminals; absent = not one. */
  readonly stdin?: { readonly isTTY?: boolean }
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }
}

export function printLine(io: CliIo, text = ""): void {
  io.stdout.write(`${text}\n`)
}

/**
 * JSON.stringify escapes C0 controls but leaves C1 codes and bidi overrides raw, which a
 * terminal may still act on: escape those too. The data is unchanged for a JSON reader.
 */
export function toSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u061c]/g,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  )
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${toSafeJson(value)}\n`)
}

/** A CliIo whose output stays in memory, as a pipe would receive it: to run `main` in-process. */
export interface MemoryIo extends CliIo {
  readonly written: () => { stdout: string; stderr: string }
}

export function memoryIo(env: NodeJS.ProcessEnv, cwd: string): MemoryIo {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout: { isTTY: false, write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    stdin: { isTTY: false },
    env,
    cwd,
    written: () => ({ stdout: stdout.join(""), stderr: stderr.join("") }),
  }
}
