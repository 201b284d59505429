import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { LazySegmenter, STANDALONE_GRAPHEMES } from "../src/render/lazy-segmenter.ts"

const real = new Intl.Segmenter(undefined, { granularity: "grapheme" })
const segmentsOf = (segments: Iterable<{ segment: string; index: number }>) =>
  [...segments].map(({ segment, index }) => [segment, index])
const boundariesOf = (segments: Iterable<{ index: number }>) =>
  Array.from(segments, ({ index }) => index).join(",")
/** Each segment and its index, a line each: a string compares far faster than a deep equal of 12,000 pairs. */
const linesOf = (segments: Iterable<{ segment: string; index: number }>) =>
  Array.from(segments, ({ segment, index }) => `${index} ${segment}`).join("\n")

/** Every character the fast path answers for (all of them are single UTF-16 units). */
const standalone: string[] = []
for (let code = 0; code <= 0xffff; code++) {
  const char = String.fromCharCode(code)
  if (STANDALONE_GRAPHEMES.test(char)) standalone.push(char)
}
const notHangul = standalone.filter((char) => char < "\uac00" || char > "\ud7a3")

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe("the lazy grapheme segmenter of the reader bundle", () => {
  it("should segment every standalone character, and each beside its neighbours, as Intl.Segmenter does", () => {
    const all = standalone.join("")
    expect(linesOf(new LazySegmenter().segment(all))).toBe(linesOf(real.segment(all)))
    // Every ordered pair of the characters other than Hangul syllables: a x a y a z …
    const lazy = new LazySegmenter(undefined, { granularity: "grapheme" })
    // Compared as one string of boundaries per text: the same text split at the same indexes is
    // the same segments, and a string compares in a fraction of a deep equal of 1,400 pairs.
    for (const first of notHangul) {
      const text = notHangul.map((second) => first + second).join("")
      expect(boundariesOf(lazy.segment(text)), `pairs after U+${first.charCodeAt(0).toString(16)}`).toBe(
        boundariesOf(real.segment(text)),
      )
    }
  })

  it("should segment random strings of standalone characters as Intl.Segmenter does", () => {
    const next = random(7)
    const lazy = new LazySegmenter()
    for (let round = 0; round < 2000; round++) {
      const pool = next() < 0.5 ? notHangul : standalone
      const length = 1 + Math.floor(next() * 40)
      const text = Array.from({ length }, () => pool[Math.floor(next() * pool.length)]).join("")
      expect(segmentsOf(lazy.segment(text))).toEqual(segmentsOf(real.segment(text)))
    }
  })

  it("should answer containing() as Intl.Segmenter does, inside the text and outside it", () => {
    const text = "kubectl 파드 → ─ 확인·"
    const lazy = new LazySegmenter().segment(text)
    const expected = real.segment(text)
    for (let index = -1; index <= text.length; index++) {
      const got = lazy.containing(index)
      const want = expected.containing(index)
      expect(got && [got.segment, got.index]).toEqual(want && [want.segment, want.index])
    }
  })

  it("should hand any other text to a real Intl.Segmenter and give its answer", () => {
    const lazy = new LazySegmenter()
    for (const text of [
      "e\u0301",
      "한\u11a8글",
      "👩‍💻 코드",
      "\r\n",
      "\u001b[31m빨강",
      "a\u200db",
      "🇰🇷",
      "",
    ]) {
      expect(segmentsOf(lazy.segment(text))).toEqual(segmentsOf(real.segment(text)))
    }
    const words = new LazySegmenter("ko", { granularity: "word" })
    const wordSegmenter = new Intl.Segmenter("ko", { granularity: "word" })
    expect(segmentsOf(words.segment("파드 목록"))).toEqual(segmentsOf(wordSegmenter.segment("파드 목록")))
    expect(words.resolvedOptions().granularity).toBe("word")
  })

  it("should not make a real Intl.Segmenter for standalone text", () => {
    const lazy = new LazySegmenter()
    ;[...lazy.segment("쿠버네티스 kubectl get pods")]
    expect((lazy as unknown as { real: unknown }).real).toBeUndefined()
  })

  it("should be the only segmenter the built reader bundle makes", () => {
    const dir = new URL("../dist/bundle/", import.meta.url)
    const made = readdirSync(dir)
      .filter((name) => name.endsWith(".cjs"))
      .flatMap(
        (name) =>
          readFileSync(new URL(name, dir), "utf8").match(/new (globalThis\.)?Intl\.Segmenter\(/g) ?? [],
      )
    // One real one, inside the lazy segmenter itself.
    expect(made).toEqual(["new globalThis.Intl.Segmenter("])
  })
})
