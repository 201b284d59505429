/** Where a command writes: injectable so tests can run commands without spawning. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: { write(text: string): unknown }
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
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
