/**
 * Two ways to run `kube-notes` in tests. `runCli` calls `main(argv, io)` in this process with
 * captured streams: no Node start-up, so it costs milliseconds and does not slow down when the
 * machine is busy; use it for every check of what a command prints or returns.
 * `spawnCli` starts the real binary (bin/kube-notes.cjs → dist) as a user's shell would; keep
 * it for the few tests that prove that wiring (exit codes, the process's own stdout).
 * The locale variables of the shell running the tests are dropped either way: the CLI speaks its
 * default, Korean, unless a test passes LANG, LC_MESSAGES or LC_ALL.
 */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { memoryIo } from "../../src/cli/io.ts"
import { main } from "../../src/cli/main.ts"

/** package.json's `bin`: what an installed `kube-notes` runs. */
export const BIN = fileURLToPath(new URL("../../bin/kube-notes.cjs", import.meta.url))
/** The binary's first name, kept for the scripts and benchmarks that start it. */
export const MJS_BIN = fileURLToPath(new URL("../../bin/kube-notes.mjs", import.meta.url))

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** What a spawned process would get: this process's environment, colour off and no locale unless asked for. */
function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: undefined,
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    LANG: undefined,
    ...env,
  }
  // A child process never sees a variable set to undefined: drop them here too.
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]
  return merged
}

/** `kube-notes ...args` in-process: stdout and stderr captured, stdin and stdout not terminals. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = process.cwd(),
): Promise<CliResult> {
  const io = memoryIo(cliEnv(env), cwd)
  const code = await main(args, io)
  return { code, ...io.written() }
}

/** The real binary in a child process (built dist), as a user's shell runs it. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string, bin = BIN): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: cliEnv(env),
    ...(cwd ? { cwd } : {}),
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
