/** What may reach a terminal from a note: checks on output bytes, decoded strictly. */
import { FORBIDDEN_TERMINAL } from "../../src/terminal-vectors.ts"

const decoder = new TextDecoder("utf-8", { fatal: true })

/** Decodes UTF-8 and throws on any invalid byte (a raw C1 byte would be one). */
export function decodeStrict(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/** Our own styling: SGR colours and OSC 8 links whose URL is printable ASCII. */
export function stripOwnStyles(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[\x21-\x7e]*\u001b\\/g, "")
}

/** Each forbidden character left in `text`, with a little context, as readable escapes. */
export function findForbidden(text: string): string[] {
  const found: string[] = []
  const all = new RegExp(FORBIDDEN_TERMINAL.source, "gu")
  for (const match of text.matchAll(all)) {
    const at = match.index ?? 0
    found.push(JSON.stringify(text.slice(Math.max(0, at - 20), at + 10)))
  }
  return found
}
