import { describe, expect, it } from "vitest"
import { normalizeText, termsOf, tokenize } from "../src/tokenize.ts"

/** The terms the index used to take from each text: its tokens' terms, each once, in order. */
const termsOfTokens = (text: string) => [...new Set(tokenize(normalizeText(text)).map((token) => token.term))]

describe("termsOf", () => {
  it("should give the distinct terms of the text's tokens, in order, across scripts", () => {
    const texts = [
      "Kubelet은 노드마다 실행되는 에이전트이고 kubelet 와 Pod들을 관리합니다.",
      "kube-proxy, etcd3와 CoreDNS(코어DNS)는 v1.29에서도 쓰인다; 파드를파드로",
      "ㄱㄴㄷ 호환 자모, 첫가끝 ᄒᆞᆫ글, e\u0301cole café, 𝒳𝒴 수식 글자와 ½ ⅷ 숫자",
      "",
      "   !!! ---   ",
      "가ABC나123다 Ä가\u0308 섞인 글자",
    ]
    for (const text of texts) expect(termsOf(text), text).toEqual(termsOfTokens(text))
  })

  it("should give the same terms when asked twice in a row", () => {
    const text = "컨테이너 런타임(container runtime)은 컨테이너를 실행한다"
    expect(termsOf(text)).toEqual(termsOf(text))
    expect(termsOf(text)).toContain("컨테이너")
  })

  it("should give each word's terms from its own text after more words than it keeps stems for", () => {
    // A word glued to a particle, the particle alone, then enough other words to empty the kept
    // stems (50,000): every answer still matches the tokens.
    const text = "노드들을 관리하는 에이전트를 을 Kubelet을 확인한다"
    const first = termsOf(text)
    expect(first).toEqual(termsOfTokens(text))
    // 26 batches of 1,000 numbered pairs: two new words each (the number and w…), 52,000 in all.
    for (let i = 0; i < 26_000; i += 1000) {
      const words = Array.from({ length: 1000 }, (_, k) => `단어${i + k}를 w${i + k}`).join(" ")
      const terms = termsOf(words)
      if (i === 25_000) expect(terms).toEqual(termsOfTokens(words))
    }
    expect(termsOf(text)).toEqual(first)
    expect(termsOf("을")).toEqual([])
  })
})
