/**
 * A faster `styledCharsToString` for Ink's frame output (scripts/bundle-reader.mjs puts it in
 * place of @alcalzone/ansi-tokenize's in the reader bundle), with the same result.
 *
 * Ink turns every row of the screen into cells and back into a string, asking
 * `diffAnsiCodes(previous.styles, cell.styles)` for each cell: three Sets and two filters per
 * cell, even when both cells carry the same styles (most of a frame: plain text, blank cells).
 * For two equal style lists that diff is always empty, so it is skipped here; every other
 * cell goes through the library's own diff. That was a tenth of the reader's first frame.
 */

/** The parts of an ANSI code the diff looks at. */
export interface AnsiCode {
  readonly code: string
  readonly endCode: string
}

export interface StyledChar {
  readonly value: string
  readonly styles: readonly AnsiCode[]
}

export interface AnsiTokenize {
  readonly ansiCodesToString: (codes: readonly AnsiCode[]) => string
  readonly diffAnsiCodes: (from: readonly AnsiCode[], to: readonly AnsiCode[]) => AnsiCode[]
}

/** `styledCharsToString` built on the library's own `ansiCodesToString` and `diffAnsiCodes`. */
export function createStyledCharsToString(lib: AnsiTokenize): (chars: readonly StyledChar[]) => string {
  return (chars) => {
    let out = ""
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i] as StyledChar
      if (i === 0) out += lib.ansiCodesToString(char.styles)
      else {
        const before = (chars[i - 1] as StyledChar).styles
        if (!sameCodes(before, char.styles))
          out += lib.ansiCodesToString(lib.diffAnsiCodes(before, char.styles))
      }
      out += char.value
      if (i === chars.length - 1) out += lib.ansiCodesToString(lib.diffAnsiCodes(char.styles, []))
    }
    return out
  }
}

function sameCodes(a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++)
    if (a[i]?.code !== b[i]?.code || a[i]?.endCode !== b[i]?.endCode) return false
  return true
}
