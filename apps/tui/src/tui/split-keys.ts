/**
 * Ink hands a run of plain characters over as one input ("jj\r" when keys arrive together:
 * a fast typist, a paste, tmux send-keys). Outside text fields each character is a command,
 * so the run is split into one key event per character.
 */
import type { Key } from "ink"

export function splitKeys(input: string, key: Key): [string, Key][] {
  if (input.length <= 1 || key.ctrl || key.meta || input.includes("\u001b")) return [[input, key]]
  const blank: Key = { ...key, return: false, tab: false, backspace: false, delete: false, shift: false }
  return [...input].map((ch): [string, Key] => {
    if (ch === "\r" || ch === "\n") return ["", { ...blank, return: true }]
    if (ch === "\t") return ["", { ...blank, tab: true }]
    if (ch === "\u007f" || ch === "\b") return ["", { ...blank, backspace: true }]
    return [ch, { ...blank, shift: ch !== ch.toLowerCase() }]
  })
}
