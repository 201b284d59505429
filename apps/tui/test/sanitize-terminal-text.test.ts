import { describe, expect, it } from "vitest"
import { isTerminalSafe, sanitizeTerminalText } from "../src/render/sanitize-terminal-text.ts"

const ESC = "\u001b"

describe("sanitizeTerminalText", () => {
  it.each([
    ["an OSC 52 clipboard write ended by BEL", `a${ESC}]52;c;cHduZWQ=\u0007b`, "ab"],
    ["an OSC 52 clipboard write ended by ST", `a${ESC}]52;c;cHduZWQ=${ESC}\\b`, "ab"],
    ["an OSC title change", `a${ESC}]0;evil\u0007b`, "ab"],
    ["an unterminated OSC, to the end", `a${ESC}]2;evil title`, "a"],
    ["a CSI clear screen and cursor move", `a${ESC}[2J${ESC}[10;10Hb`, "ab"],
    ["a CSI with private parameters", `a${ESC}[?1049hb`, "ab"],
    [
      "a DCS with a nested OSC (tmux passthrough)",
      `a${ESC}Ptmux;${ESC}${ESC}]52;c;QQ==\u0007${ESC}\\b`,
      "ab",
    ],
    ["C1 CSI", "a\u009b31mb", "ab"],
    ["C1 OSC ended by C1 ST", "a\u009d52;c;QQ==\u009cb", "ab"],
    ["a terminal reset", `a${ESC}cb`, "ab"],
    ["BEL and backspaces", "ab\u0007c\u0008\u0008d", "abcd"],
    ["bidi overrides and isolates", "a\u202eb\u202cc\u2066d\u2069", "abcd"],
  ])("should remove %s", (_name, input, expected) => {
    const out = sanitizeTerminalText(input)
    expect(out).toBe(expected)
    expect(isTerminalSafe(out)).toBe(true)
  })

  it("should turn a carriage return into a line break so it cannot overwrite text", () => {
    expect(sanitizeTerminalText("safe\rFAKE", { multiline: true })).toBe("safe\nFAKE")
    expect(sanitizeTerminalText("safe\rFAKE")).toBe("safe FAKE")
  })

  it("should keep Korean, emoji and line breaks when asked", () => {
    expect(sanitizeTerminalText("큐블렛은\n노드 에이전트 🚀", { multiline: true })).toBe(
      "큐블렛은\n노드 에이전트 🚀",
    )
  })

  it("should expand tabs to spaces, whose width does not depend on the column", () => {
    expect(sanitizeTerminalText("a\tb")).toBe("a  b")
  })

  it("should change text for each character it acts on, and return any other text as it is", () => {
    const actedOn = (code: number) =>
      code <= 0x1f ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0x061c
    for (let code = 0; code < 0x3000; code++) {
      const text = `가a${String.fromCharCode(code)}b`
      if (actedOn(code)) expect(sanitizeTerminalText(text), `U+${code.toString(16)}`).not.toBe(text)
      else expect(sanitizeTerminalText(text), `U+${code.toString(16)}`).toBe(text)
    }
  })
})
