/** Runs a command without a shell and reports its exit code and output instead of throwing. */
import { execFile } from "node:child_process"

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly cwd: string
  readonly env?: NodeJS.ProcessEnv
}

export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0
        resolve({ code, stdout, stderr: error && !stderr ? error.message : stderr })
      },
    )
  })
}

/** A readable failure message: the command's output, for `expect(code, describeRun(r)).toBe(0)`. */
export function describeRun(result: RunResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
}

/**
 * The environment for a nested npm/pnpm: without the variables pnpm sets for the running script
 * (they would make npm think it runs inside this workspace), keeping the user's npm config
 * (registry, cache, proxy) so the install works wherever the tests run.
 */
export function cleanPackageManagerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase()
    if (lower.startsWith("pnpm_") || lower === "npm_config_user_agent") continue
    if (lower.startsWith("npm_") && !lower.startsWith("npm_config_")) continue
    env[key] = value
  }
  return env
}
