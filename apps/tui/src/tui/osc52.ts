/**
 * Copying through the terminal (OSC 52) works over SSH and in tmux with no clipboard tool.
 * The text is base64-encoded, so nothing in it can end the sequence early.
 */
export function osc52Sequence(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`
}

export function copyWithOsc52(text: string, stream: { write(chunk: string): unknown }): void {
  stream.write(osc52Sequence(text))
}
