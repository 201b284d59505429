/**
 * Loanwords both ways: a query word written in one script also reaches the index words that
 * are the same word in the other — through the Kubernetes Korean localization's terms
 * (파드 ↔ pod, 컨피그맵 ↔ configmap) and, for words no list has, through a phonetic key
 * (대시보드 ↔ dashboard, 허브 ↔ hub). Tables are built from the index's vocabulary on first use.
 */
import { KUBERNETES_KO_TERMS } from "./kubernetes-ko-terms.ts"
import { type PhoneticKey, phoneticKey, phoneticMatch } from "./phonetic.ts"
import { termsOf } from "./tokenize.ts"
import type { Expansions, Vocabulary } from "./vocabulary.ts"

/** A listed equivalent is nearly as good as the word itself; a phonetic guess (coarser than a one-letter typo, 0.5) much less. */
const LISTED_QUALITY = 0.9
const PHONETIC_QUALITY = 0.45

/** Index word → the words the localization list gives for it in the other script, both ways. */
export function listedEquivalents(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  const link = (a: string, b: string): void => {
    if (a === b) return
    const list = map.get(a) ?? []
    if (!list.includes(b)) list.push(b)
    map.set(a, list)
  }
  for (const [english, korean] of KUBERNETES_KO_TERMS) {
    const en = termsOf(english)
    const ko = termsOf(korean)
    // Whole names word by word (control plane = 컨트롤 플레인, configmap = 컨피그맵); names whose
    // word counts differ (custom resource = 사용자 정의 리소스) would pair the wrong words.
    if (en.length !== ko.length) continue
    en.forEach((word, i) => {
      const other = ko[i] as string
      link(word, other)
      link(other, word)
    })
  }
  return map
}

let listed: Map<string, string[]> | undefined

export class CrossScript {
  readonly #vocabulary: Vocabulary
  #phonetic: Map<string, { index: number; key: PhoneticKey }[]> | undefined

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary
  }

  /** Vocabulary entries that are `token` in the other script, with a quality each. */
  expand(token: string): Expansions {
    const found: Expansions = new Map()
    listed ??= listedEquivalents()
    for (const other of listed.get(token) ?? []) {
      const index = this.#vocabulary.indexOf(other)
      if (index >= 0) found.set(index, LISTED_QUALITY)
    }
    const key = phoneticKey(token)
    if (!key) return found
    const table = this.#phoneticTable()
    for (const consonants of key.consonants) {
      for (const entry of table.get(consonants) ?? []) {
        if (!found.has(entry.index) && phoneticMatch(key, entry.key)) found.set(entry.index, PHONETIC_QUALITY)
      }
    }
    return found
  }

  #phoneticTable(): Map<string, { index: number; key: PhoneticKey }[]> {
    if (!this.#phonetic) {
      const table = new Map<string, { index: number; key: PhoneticKey }[]>()
      for (let index = 0; index < this.#vocabulary.size; index++) {
        const key = phoneticKey(this.#vocabulary.term(index))
        if (!key) continue
        for (const consonants of key.consonants) {
          const list = table.get(consonants) ?? []
          list.push({ index, key })
          table.set(consonants, list)
        }
      }
      this.#phonetic = table
    }
    return this.#phonetic
  }
}
