/**
 * Spawns the real kube-notes binary (built dist), as a user's shell would. The locale
 * variables of the shell running the tests are dropped: the CLI speaks its default, Korean,
 * unless a test passes LANG, LC_MESSAGES or LC_ALL.
 */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

export const BIN = fileURLToPath(new URL("../../bin/kube-notes.mjs", import.meta.url))

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: "1",
      FORCE_COLOR: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: undefined,
      ...env,
    },
    ...(cwd ? { cwd } : {}),
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
