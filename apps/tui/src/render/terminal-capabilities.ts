/**
 * What the terminal we write to can do. Decided once, from the environment, so the rest of
 * the code takes plain booleans (and tests pass them directly).
 */

export interface TerminalCapabilities {
  /** SGR colours and styles. Off with NO_COLOR (any value), TERM=dumb or when not a TTY. */
  readonly color: boolean
  /** OSC 8 hyperlinks, for terminals known to render them (others would show garbage or nothing). */
  readonly hyperlinks: boolean
}

export function detectCapabilities(
  env: NodeJS.ProcessEnv = process.env,
  isTTY: boolean = process.stdout.isTTY === true,
): TerminalCapabilities {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ""
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
  const color = !noColor && env.TERM !== "dumb" && (isTTY || forced)
  return { color, hyperlinks: color && supportsHyperlinks(env) }
}

function supportsHyperlinks(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== "0"
  const program = env.TERM_PROGRAM ?? ""
  if (["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"].includes(program)) return true
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.KONSOLE_VERSION) return true
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true
  return /^(xterm-kitty|foot|alacritty|wezterm)/.test(env.TERM ?? "")
}
