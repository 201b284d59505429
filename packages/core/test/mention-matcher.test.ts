import { foldName } from "@kube-notes/graph"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isParticleRun } from "../src/analyze/korean-words.ts"
import { createMentionMatcher } from "../src/assemble/mentions.ts"

/**
 * The matcher as it was written before its word-boundary check left the pattern: a lookbehind
 * in front of the names. The matcher must find exactly what this finds.
 */
function lookbehindMatcher(byAlias: Map<string, string>) {
  const aliases = [...byAlias.keys()].filter((alias) => alias.length >= 2).sort((a, b) => b.length - a.length)
  const escapeName = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${aliases.map((alias) => escapeName(alias).replace(/ /g, "\\s+")).join("|")})`,
    "giu",
  )
  return (value: string) => {
    if (aliases.length === 0) return []
    const found: { index: number; length: number; termId: string }[] = []
    pattern.lastIndex = 0
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      const text = match[0]
      const next = value[match.index + text.length] ?? ""
      const last = text.at(-1) ?? ""
      const rest = /[\uAC00-\uD7A3]$/.test(last)
        ? (/^[\uAC00-\uD7A3]*/.exec(value.slice(match.index + text.length))?.[0] ?? "")
        : ""
      if ((/[A-Za-z0-9_]/.test(last) && /[A-Za-z0-9_]/.test(next)) || !isParticleRun(rest)) {
        // One code point on (the matcher used to step one unit, and loop for ever at a pair).
        pattern.lastIndex = match.index + ((value.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1)
        continue
      }
      const termId = byAlias.get(foldName(text))
      if (termId) found.push({ index: match.index, length: text.length, termId })
    }
    return found
  }
}

// Names and what may stand around them: Hangul and Latin letters, digits, `_`, particles,
// spaces, letters outside the BMP (𝐀, 𠀀: one code point of two units), a lone surrogate, and
// U+0345, which is no letter but folds to one (ι) under the `iu` flags the boundary uses.
const NAMES = ["파드", "노드", "kubelet", "Worker Node", "CNI", "𝐀pi", "k8s", "etcd", "노드 풀", "ι서버"]
const AROUND = [
  "는 ",
  "을",
  "들을 ",
  "입니다.",
  "하기",
  "풀",
  " ",
  "  ",
  "\n",
  "a",
  "Z",
  "7",
  "_",
  "-",
  "(",
  "𝐀",
  "𠀀",
  "\uD835",
  "\u0345",
  "Ⅻ",
  "é",
  "가",
  ".",
]

describe("term mention matcher", () => {
  it("should find the same mentions as a lookbehind in front of the names, on any text around them", () => {
    const piece = fc.oneof(
      fc.constantFrom(...NAMES),
      fc.constantFrom(...NAMES).map((name) => name.toUpperCase()),
      fc.constantFrom(...AROUND),
    )
    fc.assert(
      fc.property(
        fc.subarray(NAMES, { minLength: 1 }),
        fc.array(piece, { maxLength: 30 }),
        (names, pieces) => {
          const byAlias = new Map(names.map((name) => [foldName(name), `term:${name}`]))
          const value = pieces.join("")
          expect(createMentionMatcher(byAlias).find(value)).toEqual(lookbehindMatcher(byAlias)(value))
        },
      ),
      { numRuns: 600 },
    )
  })

  it("should step past a name that starts outside the BMP when it is rejected, not find it for ever", () => {
    const find = createMentionMatcher(new Map([["𝐀pi", "term:api"]])).find
    expect(find("𝐀pia 𝐀pi")).toEqual([{ index: 6, length: 4, termId: "term:api" }])
  })

  it("should not mark a name right after a letter, digit, `_` or a letter outside the BMP", () => {
    const find = createMentionMatcher(
      new Map([
        ["파드", "term:파드"],
        ["api", "term:api"],
      ]),
    ).find
    expect(find("큐파드는 x파드 7파드 _파드 𝐀파드").map((m) => m.index)).toEqual([])
    expect(find("파드는 (파드) 𝐀 api 𝐀api").map((m) => [m.index, m.length])).toEqual([
      [0, 2],
      [5, 2],
      [12, 3],
    ])
  })
})
