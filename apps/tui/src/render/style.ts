/**
 * Our own styling, applied after sanitising. With colour off (NO_COLOR, not a TTY) every
 * style is the identity, so plain output carries no escape byte at all.
 */

export interface Style {
  readonly bold?: boolean
  readonly dim?: boolean
  readonly italic?: boolean
  readonly underline?: boolean
  readonly strike?: boolean
  readonly inverse?: boolean
  /** One of the 8 basic ANSI colours: the user's terminal theme decides what they look like. */
  readonly color?: "red" | "green" | "yellow" | "blue" | "magenta" | "cyan" | "gray"
}

const COLORS = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90 } as const

/** Wraps already-safe text in SGR codes; returns it unchanged when `enabled` is false. */
export function applyStyle(text: string, style: Style, enabled: boolean): string {
  if (!enabled || text === "") return text
  const codes: number[] = []
  if (style.bold) codes.push(1)
  if (style.dim) codes.push(2)
  if (style.italic) codes.push(3)
  if (style.underline) codes.push(4)
  if (style.inverse) codes.push(7)
  if (style.strike) codes.push(9)
  if (style.color) codes.push(COLORS[style.color])
  return codes.length === 0 ? text : `\u001b[${codes.join(";")}m${text}\u001b[0m`
}

/** An OSC 8 hyperlink around already-styled text; only for http(s) and mailto URLs. */
export function applyHyperlink(text: string, url: string, enabled: boolean): string {
  if (!enabled || !/^(https?:|mailto:)[^\s\u0000-\u001f\u007f-\u009f]*$/.test(url)) return text
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`
}
