/**
 * Highlighting skips the text before the first place a matched term occurs. On many random
 * texts (Hangul with particles, Latin, digits, marks, a letter outside the BMP, spaces and
 * punctuation) it must give the ranges that marking every token of the whole text gives.
 */
import { describe, expect, it } from "vitest"
import { highlight, makeSnippet } from "../src/snippet.ts"
import { normalizeText, tokenize } from "../src/tokenize.ts"
import type { Range } from "../src/types.ts"

const PIECES = [
  "쿠버네티스",
  "는",
  "파드를",
  "노드",
  "와",
  "Kubelet을",
  "kubelet",
  "pod",
  "v1.2",
  "e\u0301",
  "𝐀bc",
  " ",
  "  ",
  ", ",
  "-",
  "\n",
  "(",
  "을",
]

/** Every token of the whole text whose term was matched, up to 120 characters past the first (as before the shortcut). */
function reference(text: string, matched: ReadonlySet<string>): Range[] {
  const normalized = normalizeText(text)
  if (normalized.length !== text.length) return []
  const ranges: Range[] = []
  let until = Number.POSITIVE_INFINITY
  for (const token of tokenize(normalized)) {
    if (token.start >= until) break
    if (!matched.has(token.term)) continue
    ranges.push([token.start, token.start + token.stemLength])
    if (until === Number.POSITIVE_INFINITY && text.length > 120) until = token.start + 120
  }
  return ranges
}

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe("highlighting from the first possible match", () => {
  it("should give the ranges of marking every token of the whole text", () => {
    const next = random(12)
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(next() * 80)
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("")
      const terms = tokenize(normalizeText(text)).map((token) => token.term)
      const matched = new Set(terms.filter(() => next() < 0.2))
      if (next() < 0.3) matched.add("없는말")
      // The end of a longer word: found inside it first, where no token starts.
      for (const term of terms) if (term.length > 2 && next() < 0.2) matched.add(term.slice(1))
      expect(highlight(text, matched)).toEqual(reference(text, matched))
    }
  })

  it("should still cut the snippet window around a match far into a long text", () => {
    const text = `${"앞부분 ".repeat(60)}쿠버네티스는 노드를 관리한다. ${"뒷부분 ".repeat(60)}`
    const snippet = makeSnippet(text, new Set(["쿠버네티스"]))
    expect(snippet.highlights).toHaveLength(1)
    const [start, end] = snippet.highlights[0] as Range
    expect(snippet.text.slice(start, end)).toBe("쿠버네티스")
  })
})
