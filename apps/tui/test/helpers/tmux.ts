/**
 * A real pseudo-terminal through tmux: start a shell at a size, type into it, read the
 * screen. Each run gets its own server socket so parallel runs never share a session.
 *
 * The test talks to its server through one control-mode client (`tmux -C`, a command a line on
 * its stdin, each answer between `%begin` and `%end` on its stdout), not one `tmux` process per
 * key and per look at the screen: a `tmux capture-pane` started from the test worker cost
 * ≈ 20 ms of CPU (the fork of a large process, tmux's own start), and a test looks every 100 ms.
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from "node:child_process"

export interface TmuxSession {
  send(...keys: string[]): void
  type(text: string): void
  screen(): Promise<string>
  waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>
  kill(): Promise<void>
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
  const base = ["-u", "-L", socket, "-f", "/dev/null"]
  // execFileSync runs no shell: quoting would become part of the value. The server keeps its
  // UTF-8 LANG (it measures wide characters with it); the shell in the pane starts without
  // any locale variable but those the test sets.
  const unset = [...new Set([...LOCALE_VARIABLES, ...Object.keys(env)])].flatMap((k) => ["-u", k])
  const exports = Object.entries(env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]))
  execFileSync(
    "tmux",
    [
      ...base,
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
    ],
    { env: tmuxEnv },
  )
  // The control client has no size of its own: the window keeps the one it was made with. It
  // needs no copy of what the pane prints either (no-output: the screen is read with capture-pane).
  const control = controlClient(
    spawn("tmux", [...base, "-C", "attach-session", "-f", "no-output", "-t", "t"], { env: tmuxEnv }),
  )

  const session: TmuxSession = {
    // Not awaited (tmux runs the commands in order): a refused one fails the next look at the screen.
    send: (...keys) => void control.run(`send-keys -t t ${keys.map(quote).join(" ")}`).catch(() => {}),
    type: (text) => void control.run(`send-keys -t t -l ${quote(text)}`).catch(() => {}),
    screen: () => control.run("capture-pane -p -t t"),
    async waitFor(predicate, what, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs
      let last = ""
      while (Date.now() < until) {
        last = await session.screen()
        if (predicate(last)) return last
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`Timed out waiting for ${what}; the screen was:\n${last}`)
    },
    kill: () => control.close(),
  }
  return session
}

/** A command's argument in tmux's command syntax: single-quoted, a quote in it written '\''. */
function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/**
 * Commands in order over one `tmux -C` client; `run` resolves with the command's output.
 * A command tmux refuses (`%error`) rejects its own promise and the next `run`, so a key
 * that was never sent fails the test that sent it.
 */
function controlClient(child: ChildProcessWithoutNullStreams) {
  const pending: { command: string; resolve(out: string): void; reject(error: Error): void }[] = []
  let failed: Error | undefined
  let block: string[] | undefined
  /** The block answers the client's own attach-session (flags 0), which may come after answers to stdin. */
  let ownCommand = false
  let rest = ""
  let stderr = ""
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()))
  child.stdout.setEncoding("utf8")
  child.stderr.setEncoding("utf8")
  child.stderr.on("data", (text: string) => (stderr += text))
  child.stdout.on("data", (text: string) => {
    const lines = (rest + text).split("\n")
    rest = lines.pop() ?? ""
    for (const line of lines) {
      if (block === undefined) {
        // Outside a block: a notification (%window-add, %exit, …), not an answer.
        if (line.startsWith("%begin ")) {
          block = []
          ownCommand = line.endsWith(" 0")
        }
      } else if (line.startsWith("%end ") || line.startsWith("%error ")) {
        const output = block.map((l) => `${l}\n`).join("")
        block = undefined
        if (ownCommand) continue
        const next = pending.shift()
        if (line.startsWith("%end ")) next?.resolve(output)
        else {
          const error = new Error(`tmux refused ${next?.command}: ${output}`)
          failed ??= error
          next?.reject(error)
        }
      } else block.push(line)
    }
  })
  child.once("close", () => {
    const error = new Error(`the tmux control client ended${stderr ? `: ${stderr}` : ""}`)
    for (const waiting of pending.splice(0)) waiting.reject(error)
  })
  return {
    run(command: string): Promise<string> {
      if (failed) return Promise.reject(failed)
      if (child.exitCode !== null) return Promise.reject(new Error("the tmux control client has ended"))
      const answer = new Promise<string>((resolve, reject) => pending.push({ command, resolve, reject }))
      child.stdin.write(`${command}\n`)
      return answer
    },
    /** Ends the server (the shell and what runs in it) and waits for the client to go. */
    async close(): Promise<void> {
      if (child.exitCode === null) {
        pending.push({ command: "kill-server", resolve: () => {}, reject: () => {} })
        child.stdin.end("kill-server\n")
        await exited
      }
    },
  }
}
