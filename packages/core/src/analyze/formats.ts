/**
 * File formats and configuration languages whose keywords notes list like a program's options:
 * `FROM : 베이스 이미지` under "Dockerfile 작성", `` `image` : 사용할 이미지`` under a compose
 * file, `apiVersion: …` under a manifest. Such a list belongs to the format, not to the glossary.
 *
 * Where the formats come from: the input files each tool's own documentation names, and the
 * tool that reads them (whose command page is where a reader looks the keyword up):
 *   - Dockerfile — Docker's "Dockerfile reference" (read by `docker build`);
 *   - compose.yaml / docker-compose.yml — the Compose file reference (read by `docker compose`);
 *   - manifest — Kubernetes' "Managing Kubernetes objects" and `kubectl apply -f` (object files);
 *   - kubeconfig — Kubernetes' "Organizing cluster access using kubeconfig files" (`kubectl config`);
 *   - values.yaml — Helm's "Values files" (`helm install -f`);
 *   - nginx.conf — nginx's "Beginner's guide" (`nginx`);
 *   - playbook — Ansible's "Intro to playbooks" (`ansible-playbook`);
 *   - unit file — systemd.unit(5) (`systemctl`);
 *   - .gitconfig — git-config(1), FILES (`git config`);
 *   - ssh_config / sshd_config — OpenSSH's ssh_config(5) and sshd_config(5) (`ssh`, `sshd`);
 *   - Makefile — the GNU make manual (`make`).
 * A name is matched as the documentation writes it, or as Korean notes name the file (도커파일,
 * 매니페스트, 플레이북, 유닛 파일).
 */

export interface FileFormat {
  /** The format's name as its documentation writes it: how its keywords are labelled. */
  name: string
  /** The command that reads the file: its keywords are listed on that command's node. */
  command: string
  tool: string
}

interface FormatEntry extends FileFormat {
  /** How a heading or sentence names the file. */
  named: RegExp
}

// Names end at anything but a Latin letter, digit, `_` or `-` (a Korean particle may follow).
const END = "(?![\\w-])"
const START = "(?<![\\w.-])"

const FORMATS: readonly FormatEntry[] = [
  {
    name: "Dockerfile",
    command: "docker build",
    tool: "docker",
    named: new RegExp(`${START}(?:Dockerfile${END}|도커\\s?파일)`, "i"),
  },
  {
    name: "compose.yaml",
    command: "docker compose",
    tool: "docker",
    named: new RegExp(`${START}(?:(?:docker-)?compose\\.ya?ml${END}|compose\\s?(?:파일|files?${END}))`, "i"),
  },
  {
    name: "kubeconfig",
    command: "kubectl config",
    tool: "kubectl",
    named: new RegExp(`${START}kubeconfig${END}`, "i"),
  },
  {
    name: "manifest",
    command: "kubectl apply",
    tool: "kubectl",
    named: new RegExp(`매니페스트|${START}manifests?${END}`, "i"),
  },
  {
    name: "values.yaml",
    command: "helm install",
    tool: "helm",
    named: new RegExp(`${START}values\\.ya?ml${END}`),
  },
  {
    name: "nginx.conf",
    command: "nginx",
    tool: "nginx",
    named: new RegExp(`${START}nginx\\.conf${END}|nginx\\s?설정\\s?파일`, "i"),
  },
  {
    name: "playbook",
    command: "ansible-playbook",
    tool: "ansible-playbook",
    named: new RegExp(`플레이북|${START}playbooks?${END}`, "i"),
  },
  {
    name: "unit file",
    command: "systemctl",
    tool: "systemctl",
    named: new RegExp(`(?:유닛|unit)\\s?파일|${START}unit files?${END}`, "i"),
  },
  {
    name: ".gitconfig",
    command: "git config",
    tool: "git",
    named: new RegExp(`${START}\\.?gitconfig${END}|git\\s?설정\\s?파일`, "i"),
  },
  { name: "sshd_config", command: "sshd", tool: "sshd", named: new RegExp(`${START}sshd_config${END}`) },
  { name: "ssh_config", command: "ssh", tool: "ssh", named: new RegExp(`${START}ssh_config${END}`) },
  {
    name: "Makefile",
    command: "make",
    tool: "make",
    named: new RegExp(`${START}(?:GNU)?makefile${END}`, "i"),
  },
]

function format({ name, command, tool }: FormatEntry): FileFormat {
  return { name, command, tool }
}

/** The file format a heading or sentence names, if it names exactly one. */
export function formatNamedIn(text: string): FileFormat | undefined {
  const found = FORMATS.filter((entry) => entry.named.test(text))
  return found.length === 1 && found[0] ? format(found[0]) : undefined
}

const byName = new Map(FORMATS.map((entry) => [entry.name, entry]))
const known = (name: string): FileFormat => format(byName.get(name) as FormatEntry)

/**
 * The format a code fence is written in: by its language (`dockerfile`, `nginx`), or for YAML
 * and INI by the top-level keys the format's documentation requires (a manifest's `apiVersion`
 * and `kind`, a compose file's `services`, a play's `hosts` and `tasks`, a unit's `[Unit]`).
 */
export function formatOfFence(lang: string | null | undefined, value: string): FileFormat | undefined {
  const language = (lang ?? "").toLowerCase()
  if (language === "dockerfile" || language === "containerfile") return known("Dockerfile")
  if (language === "nginx") return known("nginx.conf")
  if (language === "systemd") return known("unit file")
  if (language === "ini" || language === "conf" || language === "toml" || language === "") {
    if (/^\[(?:Unit|Service|Install|Timer|Socket|Mount)\]\s*$/m.test(value)) return known("unit file")
  }
  if (language === "yaml" || language === "yml" || language === "") {
    if (/^apiVersion:/m.test(value) && /^kind:/m.test(value))
      return /^kind:\s*Config\s*$/m.test(value) ? known("kubeconfig") : known("manifest")
    if (/^services:\s*$/m.test(value)) return known("compose.yaml")
    if (/^\s*-?\s*hosts:/m.test(value) && /^\s*tasks:\s*$/m.test(value)) return known("playbook")
  }
  return undefined
}

/**
 * Words that say a list holds a format's keywords, as the formats' documentation names them:
 * instructions (Dockerfile reference; 명령, 명령어, 인스트럭션 in Korean notes), directives
 * (nginx; 지시어, 지시자), keys and fields (Compose, Kubernetes, Ansible, systemd, git; 키, 필드,
 * 항목, 속성). 키 counts only as a word of its own (not in 패키지). "Options" is left out: it is
 * what a program's list is called, and a program's options are read by the option rule. A
 * format named only further up (the note's title) applies to a list whose own heading or
 * sentence says this.
 */
export function saysKeywords(text: string): boolean {
  return /명령|인스트럭션|지시어|지시자|(?<![\uAC00-\uD7A3])키(?![\uAC00-\uD7A3])|필드|항목|속성|\b(?:instructions?|directives?|keys?|fields?)\b/i.test(
    text,
  )
}

/**
 * Whether a list item's name is written as a keyword of a format: an instruction word in
 * capitals (`FROM`, `ENTRYPOINT`), a key written as code (`` `ExecStart` ``, `` `ports:` ``), a
 * key that starts in lower case or is a dotted path (`apiVersion`, `server_name`, `user.name`),
 * or an INI section (`[Unit]`). A capitalised plain word (`Pod`, `Deployment`) is how notes
 * write kinds and products, which are terms, so it is not a keyword unless written as code.
 */
export function isKeywordName(name: string, writtenAsCode: boolean): boolean {
  if (/^\[[A-Za-z][\w -]*\]$/.test(name)) return true
  if (/^[A-Z][A-Z0-9_]+$/.test(name)) return true
  if (writtenAsCode) return /^[A-Za-z_][\w.-]*$/.test(name)
  return /^[a-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(name)
}
