/**
 * Commands in fences and in prose, read the way a shell reads them: prompts stripped, output
 * left out, `\` and PowerShell backtick continuations joined into one command that keeps its
 * lines, heredocs kept whole, a trailing `# comment` kept as the command's description. Without
 * prompts, a line counts when its first word names a known program (tools.ts).
 */
import { CMDLET, toolOf, toolOfPrompted } from "./tools.ts"

export { toolOf } from "./tools.ts"

const SHELLS: Record<string, string> = {
  powershell: "powershell",
  ps: "powershell",
  ps1: "powershell",
  pwsh: "powershell",
  bash: "bash",
  sh: "bash",
  shell: "bash",
  console: "bash",
  shellsession: "bash",
  terminal: "bash",
  zsh: "zsh",
  fish: "fish",
  cmd: "cmd",
  bat: "cmd",
  batch: "cmd",
}
/** Fence languages that hold data, never commands. */
const NOT_COMMANDS = new Set([
  "yaml",
  "yml",
  "json",
  "jsonc",
  "toml",
  "ini",
  "xml",
  "html",
  "css",
  "js",
  "ts",
  "javascript",
  "typescript",
  "python",
  "py",
  "go",
  "java",
  "dockerfile",
  "diff",
  "text",
  "txt",
  "markdown",
  "md",
])

export function shellOfLanguage(lang: string | null | undefined): string | undefined {
  return lang ? SHELLS[lang.toLowerCase()] : undefined
}

/**
 * Prompts a line can start with; `#` is handled apart (it is also the comment sign). Bash's
 * default `\u@\h:\w\$` (Debian, Ubuntu: `user@host:~$`) and the `[\u@\h \W]\$` that
 * RHEL, CentOS and Fedora ship in /etc/bashrc (`[user@host ~]$`, `[root@host dir]#`) are both
 * read, as are PowerShell's, cmd's, zsh's `%` and the `❯`/`➜` of common zsh themes.
 */
const PROMPT =
  /^\s*(?:PS(?: [^>\n]*)?>|[A-Za-z]:\\[^>\n]*>|\$|%|❯|➜|>|[\w.-]+@[\w.-]+[:~][^$#\n]*[$#]|\[[\w.-]+@[\w.-]+(?:\s[^\]\n]*)?\][$#])(?:\s+|(?=[A-Za-z]))/
/** `# tool …` in a shell fence: a root prompt when a known program follows. */
const ROOT_PROMPT = /^\s*#\s+/
/** PowerShell's continuation prompt. */
const PS_CONTINUATION = /^\s*>>\s?/
/** A line that goes on: `\` at its end (not an escaped `\\`), or PowerShell's backtick after a space. */
const CONTINUED = /(?:^|[^\\])\\$|\s`$/
const HEREDOC = /<<-?\s*(["']?)([A-Za-z_][\w-]*)\1/

export interface FenceCommand {
  /** The command as typed; continued commands keep their lines (`\n`), heredocs their body. */
  text: string
  tool: string
  /** A trailing `# comment` on the command's last line. */
  description?: string
  /** 0-based line inside the fence's value where the command starts. */
  line: number
}

interface Line {
  /** The line without its prompt. */
  text: string
  prompted: boolean
}

/**
 * Commands in a code fence. With prompts, prompted lines are commands and the rest is output,
 * except a line after a blank line that starts with a known program; without prompts, lines
 * that start with a known program are commands.
 */
export function findFenceCommands(lang: string | null | undefined, value: string): FenceCommand[] {
  if (lang && NOT_COMMANDS.has(lang.toLowerCase())) return []
  const shell = shellOfLanguage(lang)
  const rootPrompts = !lang || shell === "bash" || shell === "zsh"
  const lines: Line[] = value.split("\n").map((raw) => readPrompt(raw, rootPrompts))
  const prompted = lines.some((line) => line.prompted)
  const found: FenceCommand[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const afterBlank = index === 0 || (lines[index - 1]?.text.trim() ?? "") === ""
    let tool: string | undefined
    if (!prompted || line.prompted) tool = line.prompted ? toolOfPrompted(line.text) : toolOf(line.text)
    else if (afterBlank) tool = toolOf(line.text)
    if (!tool || /^\s*#/.test(line.text)) continue
    const command = readCommand(lines, index)
    found.push({ ...command, tool, line: index })
    index = command.last
  }
  return found
}

function readPrompt(raw: string, rootPrompts: boolean): Line {
  const prompt = PROMPT.exec(raw)
  if (prompt && !PS_CONTINUATION.test(raw)) return { text: raw.slice(prompt[0].length), prompted: true }
  if (rootPrompts) {
    const root = ROOT_PROMPT.exec(raw)
    const rest = root ? raw.slice(root[0].length) : ""
    if (root && toolOf(rest) && !/[\uAC00-\uD7A3]/.test(rest)) return { text: rest, prompted: true }
  }
  return { text: raw, prompted: false }
}

/** One command from `start`: its continuation lines and heredoc body joined in. */
function readCommand(lines: Line[], start: number): { text: string; description?: string; last: number } {
  const first = lines[start] as Line
  const parts = [collapse(first.text)]
  let at = start
  let current = first.text
  // `\` (POSIX shells, cmd's `^` aside) and a backtick (PowerShell) at the end continue the command.
  while (CONTINUED.test(stripComment(current).trimEnd()) && at + 1 < lines.length) {
    at++
    current = (lines[at] as Line).text.replace(PS_CONTINUATION, "")
    if (current.trim() === "") break
    // The line's indentation as written: copied back, the command reads as the note shows it.
    parts.push(`${/^[ \t]*/.exec(current)?.[0] ?? ""}${collapse(current)}`)
  }
  const heredoc = HEREDOC.exec(first.text)
  if (heredoc?.[2]) {
    const end = heredoc[2]
    for (let next = at + 1; next < lines.length; next++) {
      const body = (lines[next] as Line).text
      parts.push(body.trimEnd())
      at = next
      if (body.trim() === end) break
    }
  }
  const last = parts.length - 1
  const comment = commentOf(heredoc ? (parts[0] as string) : (parts[last] as string))
  if (comment !== undefined) {
    const index = heredoc ? 0 : last
    parts[index] = stripComment(parts[index] as string).trimEnd()
  }
  const text = parts.join("\n").replace(/\s+$/, "")
  return { text, ...(comment ? { description: comment } : {}), last: at }
}

/** The text of a trailing `# comment`, if the line has one. */
function commentOf(line: string): string | undefined {
  const code = stripComment(line)
  if (code.length === line.length) return undefined
  return line.slice(code.length).replace(/^#+/, "").trim()
}

/** Drops a trailing `# comment` that follows whitespace (bash and PowerShell both use it). */
function stripComment(line: string): string {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) return line.slice(0, i)
  }
  return line
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}

export interface ProseCommand {
  text: string
  tool: string
  /** Index in the text where the command starts, and its length as written. */
  index: number
  length: number
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/
/** `label : command` and "command" in quotes. */
const PROSE_CANDIDATE = /(?:(?<=:)[ \t]*|(?<=["“']))([A-Za-z][\w.-]*(?:[ \t]+[^\s"”']+)*)/g

/**
 * Commands written in prose: after a colon (`설치 확인 명령어 : minikube version`) or inside
 * quotes (`"minikube start"`). The command stops at the first word with Hangul in it.
 */
export function findProseCommands(value: string): ProseCommand[] {
  const found: ProseCommand[] = []
  for (const match of value.matchAll(PROSE_CANDIDATE)) {
    const body = match[1] ?? ""
    const start = (match.index ?? 0) + match[0].length - body.length
    const tool = toolOf(body)
    if (!tool) continue
    const words: string[] = []
    for (const word of body.split(/[ \t]+/)) {
      if (HANGUL.test(word)) break
      words.push(word)
    }
    let text = words.join(" ")
    // A sentence's full stop or comma is not part of the command; a lone "." argument is.
    if (/[^.\s][.,;]$/.test(text)) text = text.slice(0, -1)
    if (text.split(" ").length < 2 && !CMDLET.test(text)) continue
    const length = rawLength(body, text)
    if (namesCommandInSentence(text, body.slice(length))) continue
    found.push({ text: collapse(text), tool, index: start, length })
  }
  return found
}

/**
 * `git init 으로 만든 저장소`, `` `kubectl explain` 이 빠르다 ``: a program and one bare
 * subcommand inside a Korean sentence name the command, the way a heading naming `docker run`
 * does (issue 10 calls such a code span "naming" a command); it is not a line to type. With
 * arguments (`` `journalctl --vacuum-time=7d` 로 정리 ``) or standing alone after a label
 * (`설치 확인 : minikube version`), it is a command.
 */
export function namesCommandInSentence(text: string, after: string): boolean {
  const words = text.trim().split(/\s+/)
  return words.length === 2 && /^[a-z][a-z-]*$/.test(words[1] ?? "") && /^\s*[\uAC00-\uD7A3]/.test(after)
}

/** Length in `body` that covers `text` (whitespace runs may differ). */
function rawLength(body: string, text: string): number {
  let i = 0
  let j = 0
  while (i < body.length && j < text.length) {
    if (/\s/.test(body[i] ?? "") && text[j] === " ") {
      while (/\s/.test(body[i] ?? "")) i++
      j++
    } else {
      i++
      j++
    }
  }
  return i
}
