/**
 * Fence info strings as notes write them (`ps1`, `sh`, `yml`…) → the language name the
 * highlighters know. One table for the site and the terminal; each front end then keeps
 * only the languages it loads.
 */
const CANONICAL: Readonly<Record<string, string>> = {
  bash: "bash",
  sh: "bash",
  shell: "bash",
  shellscript: "bash",
  zsh: "bash",
  console: "bash",
  powershell: "powershell",
  ps: "powershell",
  ps1: "powershell",
  pwsh: "powershell",
  yaml: "yaml",
  yml: "yaml",
  json: "json",
  dockerfile: "dockerfile",
  docker: "dockerfile",
  js: "javascript",
  javascript: "javascript",
  ts: "typescript",
  typescript: "typescript",
  go: "go",
  py: "python",
  python: "python",
}

/** The canonical language of a fence's info string, or undefined when it is not one we know. */
export function getCodeLanguage(lang: string | null | undefined): string | undefined {
  return lang ? CANONICAL[lang.trim().toLowerCase()] : undefined
}
