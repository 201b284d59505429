/**
 * Programs a command line can start with. Where the names come from:
 *   - the utilities of POSIX.1-2017 (The Open Group Base Specifications Issue 7, Shell and
 *     Utilities, §4 "Utilities") that people type at a prompt, and the shell's own built-ins;
 *   - GNU coreutils, util-linux, procps, iproute2 and net-tools, the same on every Linux;
 *   - the command-line tools of container, Kubernetes, cloud and configuration projects.
 * The list names tools, not words: it is matched only against a command line's first word.
 */
const POSIX = [
  "alias",
  "awk",
  "basename",
  "bg",
  "cat",
  "cd",
  "chgrp",
  "chmod",
  "chown",
  "cmp",
  "comm",
  "cp",
  "cut",
  "date",
  "df",
  "diff",
  "dirname",
  "du",
  "echo",
  "env",
  "export",
  "expr",
  "false",
  "fg",
  "file",
  "find",
  "grep",
  "head",
  "id",
  "jobs",
  "kill",
  "ln",
  "ls",
  "man",
  "mkdir",
  "mkfifo",
  "mv",
  "nice",
  "nohup",
  "od",
  "paste",
  "printf",
  "ps",
  "pwd",
  "read",
  "renice",
  "rm",
  "rmdir",
  "sed",
  "sh",
  "sleep",
  "sort",
  "split",
  "tail",
  "tee",
  "test",
  "touch",
  "tr",
  "true",
  "tty",
  "umask",
  "unalias",
  "uname",
  "uniq",
  "unset",
  "vi",
  "wait",
  "wc",
  "who",
  "xargs",
]
const LINUX = [
  "apt",
  "apt-get",
  "bash",
  "chsh",
  "crontab",
  "curl",
  "dig",
  "dmesg",
  "dnf",
  "free",
  "fuser",
  "groupadd",
  "gunzip",
  "gzip",
  "history",
  "hostname",
  "hostnamectl",
  "htop",
  "ifconfig",
  "ip",
  "iptables",
  "journalctl",
  "less",
  "lsblk",
  "lsof",
  "make",
  "modprobe",
  "mount",
  "nc",
  "netstat",
  "nmap",
  "nslookup",
  "openssl",
  "passwd",
  "pgrep",
  "ping",
  "pkill",
  "rsync",
  "scp",
  "service",
  "source",
  "ss",
  "ssh",
  "ssh-copy-id",
  "ssh-keygen",
  "stat",
  "su",
  "swapoff",
  "sysctl",
  "systemctl",
  "tar",
  "tcpdump",
  "telnet",
  "top",
  "traceroute",
  "ufw",
  "umount",
  "unzip",
  "useradd",
  "usermod",
  "vim",
  "wget",
  "which",
  "whoami",
  "yum",
  "zip",
  "zsh",
  "snap",
  "brew",
  "choco",
  "winget",
  "scoop",
  "git",
  "npm",
  "pip",
  "python3",
]
const CLOUD_NATIVE = [
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
  "vagrant",
  "az",
  "aws",
  "gcloud",
  "eksctl",
  "terraform",
  "ansible",
  "ansible-playbook",
  "ansible-galaxy",
  "multipass",
  "istioctl",
  "argocd",
  "skaffold",
  "tilt",
]

export const TOOLS: ReadonlySet<string> = new Set([...POSIX, ...LINUX, ...CLOUD_NATIVE])
/** Words that run the next word: the tool is what follows (`sudo` is kept in the text). */
export const WRAPPERS: ReadonlySet<string> = new Set(["sudo", "time", "watch", "nohup", "exec"])
/** PowerShell cmdlets: Verb-Noun. */
export const CMDLET = /^[A-Z][a-z]+-[A-Z][A-Za-z]+$/

/** The program a command line runs, or undefined when it does not start with a known one. */
export function toolOf(line: string): string | undefined {
  const words = line.trim().split(/\s+/)
  let index = 0
  while (index < words.length - 1 && WRAPPERS.has(words[index] ?? "")) index++
  const word = words[index] ?? ""
  if (TOOLS.has(word.toLowerCase())) return word.toLowerCase()
  if (CMDLET.test(word)) return word
  // `nohup ./server.sh`: the wrapper is the only program we know.
  const first = (words[0] ?? "").toLowerCase()
  if (index > 0 && TOOLS.has(first)) return first
  return undefined
}

/** The tool of a line the writer marked as a command (a prompt before it): its first word when unknown. */
export function toolOfPrompted(line: string): string | undefined {
  const known = toolOf(line)
  if (known) return known
  const words = line.trim().split(/\s+/)
  let index = 0
  while (index < words.length - 1 && WRAPPERS.has(words[index] ?? "")) index++
  const word = words[index] ?? ""
  // `./server.sh`, `my-tool`; not output such as `[1] 4242` or `NAME READY`.
  if (!/^(?:\.{0,2}\/)?[a-z][\w.+-]*(?:\/[\w.+-]+)*$/.test(word)) return undefined
  return word.split("/").at(-1)
}
