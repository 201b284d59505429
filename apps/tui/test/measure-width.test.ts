import stringWidth from "string-width"
import { describe, expect, it } from "vitest"
import { fastWidth, measureWidth } from "../src/render/measure-width.ts"

/** Every code point measureWidth counts itself, as ranges (inclusive). */
const COUNTED = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x21ff],
  [0x2500, 0x25ff],
  [0xac00, 0xd7a3],
] as const

function codePoints(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
}

describe("measuring display width", () => {
  it("should give string-width's width for every code point it counts itself, alone and side by side", () => {
    const wrong: string[] = []
    for (const [from, to] of COUNTED) {
      const chars = codePoints(from, to)
      for (const ch of chars)
        if (measureWidth(ch) !== stringWidth(ch)) wrong.push(`U+${ch.codePointAt(0)?.toString(16)}`)
      // Side by side, and beside ASCII and Hangul: no pair may join into one wider cluster.
      const row = `a${chars.join("")}가${chars.join(" ")}`
      if (measureWidth(row) !== stringWidth(row)) wrong.push(`U+${from.toString(16)}–U+${to.toString(16)}`)
    }
    expect(wrong).toEqual([])
  })

  it("should count Korean as two columns a syllable and skip our style codes", () => {
    expect(fastWidth("쿠버네티스 용어")).toBe(15)
    expect(fastWidth("\u001b[1;36m1-1) 쿠버네티스\u001b[39;22m · ▾ ─")).toBe(
      stringWidth("1-1) 쿠버네티스 · ▾ ─"),
    )
    expect(fastWidth("")).toBe(0)
  })

  it("should leave to string-width what it does not count itself", () => {
    const others = [
      "👍🏽 좋아요", // emoji, a modifier
      "가\u0301", // a combining mark joins the syllable before it
      "\u1100\u1161\u11a8", // a syllable written as jamo: one grapheme, two columns
      "ㄱㄴㄷ", // compatibility jamo
      "a\u00adb", // soft hyphen: invisible
      "◽◾", // U+25FD–25FE: emoji, wide
      "漢字 かな",
      "\u200bzero\u200dwidth",
      "\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007", // OSC 8, not a style
      "\u001b[12345mX", // a style number string-width does not strip whole
      "\u001b[31", // an unfinished style
      "\u001bX",
    ]
    for (const text of others) {
      expect(fastWidth(text), text).toBeUndefined()
      expect(measureWidth(text), text).toBe(stringWidth(text))
    }
  })

  it("should pass string-width's options through", () => {
    expect(measureWidth("·", { ambiguousIsNarrow: false })).toBe(
      stringWidth("·", { ambiguousIsNarrow: false }),
    )
    expect(measureWidth("\u001b[31mab", { countAnsiEscapeCodes: true })).toBe(
      stringWidth("\u001b[31mab", { countAnsiEscapeCodes: true }),
    )
  })
})
