/** Runs the CLI in-process (`main(argv, io)`), capturing its output: no process spawned per test. */
import { main } from "../../src/cli/main.ts"

export interface MainResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function runMain(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): Promise<MainResult> {
  let stdout = ""
  let stderr = ""
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: "1", ...env },
    cwd,
  })
  return { code, stdout, stderr }
}
