import { realpathSync } from "node:fs"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { createStyledCharsToString, type StyledChar } from "../src/tui/styled-chars-to-string.ts"

// Ink's own copy of the library (not a dependency of ours): the one the reader bundle wraps.
const inkFolder = realpathSync(join(import.meta.dirname, "../node_modules/ink"))
const lib = (await import(
  pathToFileURL(join(dirname(inkFolder), "@alcalzone/ansi-tokenize/build/index.js")).href
)) as {
  tokenize: (text: string) => unknown[]
  styledCharsFromTokens: (tokens: unknown[]) => StyledChar[]
  styledCharsToString: (chars: readonly StyledChar[]) => string
  ansiCodesToString: (codes: readonly StyledChar["styles"][number][]) => string
  diffAnsiCodes: (
    from: readonly StyledChar["styles"][number][],
    to: readonly StyledChar["styles"][number][],
  ) => StyledChar["styles"][number][]
}
const fast = createStyledCharsToString(lib)

/** A deterministic mix of our styles, links, Korean and plain text, as Ink's rows carry. */
function* rows(): Generator<string> {
  const pieces = [
    "plain ",
    "쿠버네티스 ",
    "\u001b[1m",
    "\u001b[22m",
    "\u001b[36m",
    "\u001b[39m",
    "\u001b[4m\u001b[34m",
    "\u001b[24m\u001b[39m",
    "\u001b[7m\u001b[1m",
    "\u001b[27m\u001b[22m",
    "\u001b[2m",
    "\u001b[0m",
    "\u001b[38;5;245m",
    "\u001b]8;;https://example.com\u0007",
    "\u001b]8;;\u0007",
    "│ ",
    "  ",
  ]
  let seed = 7
  for (let row = 0; row < 200; row++) {
    let text = ""
    for (let i = 0; i < 12; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      text += pieces[seed % pieces.length]
    }
    yield text
  }
}

describe("turning Ink's styled cells back into a string", () => {
  it("should give exactly what @alcalzone/ansi-tokenize gives, for rows of mixed styles", () => {
    for (const row of rows()) {
      const chars = lib.styledCharsFromTokens(lib.tokenize(row))
      expect(fast(chars), JSON.stringify(row)).toBe(lib.styledCharsToString(chars))
    }
  })

  it("should write no code between cells of the same styles, and close them at the end", () => {
    const chars = lib.styledCharsFromTokens(lib.tokenize("\u001b[1mab가\u001b[22mc"))
    expect(fast(chars)).toBe("\u001b[1mab가\u001b[22mc")
    expect(fast([])).toBe("")
  })
})
