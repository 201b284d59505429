/**
 * A real pseudo-terminal through tmux: start a shell at a size, type into it, read the
 * screen. Each run gets its own server socket so parallel runs never share a session.
 */
import { execFileSync } from "node:child_process"

export interface TmuxSession {
  send(...keys: string[]): void
  type(text: string): void
  screen(): string
  waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>
  kill(): void
}

let counter = 0

/** Locale variables the shell must not inherit from whoever runs the tests: each test says. */
const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"]

/** `env`: variables for the shell; `undefined` leaves one unset (the locale ones start unset). */
export function startTmux(
  width: number,
  height: number,
  env: Record<string, string | undefined>,
): TmuxSession {
  const socket = `kube-notes-test-${process.pid}-${counter++}`
  // The server takes its idea of the terminal from the environment that starts it: without a
  // TERM (CI runs with none) tmux miscounts wide characters. Pin TERM and a UTF-8 locale, and -u.
  const tmuxEnv = { ...process.env, TERM: "xterm-256color", LANG: process.env.LANG || "C.UTF-8" }
  const tmux = (...args: string[]) =>
    execFileSync("tmux", ["-u", "-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8", env: tmuxEnv })
  // execFileSync runs no shell: quoting would become part of the value. The server keeps its
  // UTF-8 LANG (it measures wide characters with it); the shell in the pane starts without
  // any locale variable but those the test sets.
  const unset = [...new Set([...LOCALE_VARIABLES, ...Object.keys(env)])].flatMap((k) => ["-u", k])
  const exports = Object.entries(env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]))
  tmux(
    "new-session",
    "-d",
    "-x",
    String(width),
    "-y",
    String(height),
    "-s",
    "t",
    "env",
    ...unset,
    ...exports,
    "PS1=$ ",
    "bash",
    "--norc",
    "--noprofile",
  )
  const session: TmuxSession = {
    send: (...keys) => void tmux("send-keys", "-t", "t", ...keys),
    type: (text) => void tmux("send-keys", "-t", "t", "-l", text),
    screen: () => tmux("capture-pane", "-p", "-t", "t"),
    async waitFor(predicate, what, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs
      let last = ""
      while (Date.now() < until) {
        last = session.screen()
        if (predicate(last)) return last
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`Timed out waiting for ${what}; the screen was:\n${last}`)
    },
    kill: () => {
      try {
        tmux("kill-server")
      } catch {
        // already gone
      }
    },
  }
  return session
}
