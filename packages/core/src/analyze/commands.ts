/**
 * Commands in fences and in prose. A line counts when its first word names a known
 * program (kubectl, minikube, docker…) or a PowerShell cmdlet (Verb-Noun).
 */

const TOOLS = new Set([
  "kubectl",
  "minikube",
  "kubeadm",
  "kubelet",
  "kubespray",
  "docker",
  "docker-compose",
  "podman",
  "helm",
  "kind",
  "k3s",
  "k3d",
  "k9s",
  "kustomize",
  "etcdctl",
  "crictl",
  "ctr",
  "nerdctl",
  "choco",
  "winget",
  "scoop",
  "brew",
  "apt",
  "apt-get",
  "yum",
  "dnf",
  "snap",
  "curl",
  "wget",
  "git",
  "systemctl",
  "journalctl",
  "swapoff",
  "ssh",
  "scp",
  "vagrant",
  "az",
  "aws",
  "gcloud",
  "eksctl",
  "terraform",
  "ansible",
  "ansible-playbook",
  "multipass",
  "istioctl",
  "argocd",
  "skaffold",
  "tilt",
  "openssl",
  "iptables",
  "ip",
  "ping",
  "nslookup",
])
const WRAPPERS = new Set(["sudo", "time", "watch"])
const CMDLET = /^[A-Z][a-z]+-[A-Z][A-Za-z]+$/

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

/** The program a command line runs, or undefined when it does not start with one. */
export function toolOf(line: string): string | undefined {
  const words = line.trim().split(/\s+/)
  let index = 0
  while (index < words.length - 1 && WRAPPERS.has(words[index] ?? "")) index++
  const word = words[index] ?? ""
  if (TOOLS.has(word.toLowerCase())) return word.toLowerCase()
  if (CMDLET.test(word)) return word
  return undefined
}

const PROMPT = /^\s*(?:PS(?: [^>\n]*)?>|\$|#(?=\s)|>|[\w.-]+@[\w.-]+[:~][^$#\n]*[$#])\s+/

export interface FenceCommand {
  text: string
  tool: string
  /** 0-based line inside the fence's value. */
  line: number
}

/** Commands in a code fence: prompted lines when the fence has prompts, else tool-led lines. */
export function findFenceCommands(lang: string | null | undefined, value: string): FenceCommand[] {
  if (lang && NOT_COMMANDS.has(lang.toLowerCase())) return []
  const lines = value.split("\n")
  const prompted = lines.some((line) => PROMPT.test(line) && !/^\s*#/.test(line))
  const found: FenceCommand[] = []
  lines.forEach((raw, line) => {
    let text = raw
    if (prompted) {
      const match = PROMPT.exec(raw)
      if (!match || /^\s*#/.test(raw)) return
      text = raw.slice(match[0].length)
    }
    text = stripComment(text).trim()
    const tool = text && toolOf(text)
    if (tool) found.push({ text: collapse(text), tool, line })
  })
  return found
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
    found.push({ text: collapse(text), tool, index: start, length })
  }
  return found
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
