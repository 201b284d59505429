/**
 * Notes are untrusted: a note could carry escape sequences that set the terminal's title,
 * write the clipboard (OSC 52), move the cursor to forge output, or reorder text with bidi
 * overrides. Every string that comes from content passes through here before it reaches a
 * terminal; only our own styling is added afterwards.
 */

// ESC-introduced strings that run until a terminator (ST = ESC \ or 0x9C, or BEL for OSC):
// OSC (]), DCS (P), SOS (X), PM (^), APC (_). Unterminated ones run to the end of the text.
const ESC_STRING = /\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g
// C1 forms of the same strings: OSC 0x9D, DCS 0x90, SOS 0x98, PM 0x9E, APC 0x9F.
const C1_STRING = /[\u009d\u0090\u0098\u009e\u009f][\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g
// CSI (ESC [ or 0x9B): parameters, intermediates, one final byte.
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g
// Any other escape: ESC, optional intermediates, one final byte (ESC c resets the terminal).
const ESC_OTHER = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g
// What is left: C0 controls except tab and newline, DEL, C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
// Bidi embeddings, overrides and isolates (Trojan Source), and the Arabic letter mark.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u061c]/g

// Every character a step of sanitizeTerminalText starts from.
const ACTED_ON = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u061c]/

export interface SanitizeOptions {
  /** Keep line breaks (for code blocks and multi-line text). @default false: they become spaces. */
  readonly multiline?: boolean
  /** Spaces a tab becomes: a terminal tab's width depends on the column, ours must not. @default 2 */
  readonly tabWidth?: number
}

/** Removes every control character and escape sequence; returns text safe to print. */
export function sanitizeTerminalText(text: string, options: SanitizeOptions = {}): string {
  // Most text holds none of the characters any step below acts on (each begins with a C0 or C1
  // control, DEL or a bidi mark; tab, CR and LF are C0): one test instead of nine replaces.
  // The reader's first frame sanitizes every title in the tree, 1,000 at 1,000 notes.
  if (!ACTED_ON.test(text)) return text
  const tab = " ".repeat(options.tabWidth ?? 2)
  let out = text
    .replace(ESC_STRING, "")
    .replace(C1_STRING, "")
    .replace(CSI, "")
    .replace(ESC_OTHER, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS, "")
    .replace(BIDI, "")
    .replace(/\t/g, tab)
  if (!options.multiline) out = out.replace(/\n/g, " ")
  return out
}

/** True when the text holds nothing `sanitizeTerminalText` would remove (for tests and asserts). */
export function isTerminalSafe(text: string): boolean {
  return !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u061c]/.test(text)
}
