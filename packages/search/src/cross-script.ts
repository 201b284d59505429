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
/** The phonetic key of a Hangul word without its last syllable (컨트롤러임 → 컨트롤러), as prefixes match in rule 2. */
const PHONETIC_PREFIX_QUALITY = 0.4

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

interface PhoneticEntry {
  readonly index: number
  readonly key: PhoneticKey
  /** False when the key is of the word without its last syllable. */
  readonly whole: boolean
}

const HANGUL_LONG = /^[\uac00-\ud7a3]{3,}$/

export class CrossScript {
  readonly #vocabulary: Vocabulary
  #phonetic: Map<string, PhoneticEntry[]> | undefined

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary
  }

  /** Vocabulary entries that are `token` in the other script, with a quality each. */
  expand(token: string): Expansions {
    const found: Expansions = new Map()
    listed ??= listedEquivalents()
    // The other word reaches the index as a typed word would (exactly, or as a prefix of
    // 네임스페이스별로), a little below the word itself.
    for (const other of listed.get(token) ?? []) {
      for (const [index, quality] of this.#vocabulary.expand(other))
        if ((found.get(index) ?? 0) < quality * LISTED_QUALITY) found.set(index, quality * LISTED_QUALITY)
    }
    const key = phoneticKey(token)
    if (!key) return found
    const table = this.#phoneticTable()
    for (const consonants of key.consonants) {
      for (const entry of table.get(consonants) ?? []) {
        const quality = entry.whole ? PHONETIC_QUALITY : PHONETIC_PREFIX_QUALITY
        if ((found.get(entry.index) ?? 0) < quality && phoneticMatch(key, entry.key))
          found.set(entry.index, quality)
      }
    }
    return found
  }

  #phoneticTable(): Map<string, PhoneticEntry[]> {
    if (!this.#phonetic) {
      const table = new Map<string, PhoneticEntry[]>()
      const add = (index: number, word: string, whole: boolean): void => {
        const key = phoneticKey(word)
        if (!key) return
        for (const consonants of key.consonants) {
          const list = table.get(consonants) ?? []
          list.push({ index, key, whole })
          table.set(consonants, list)
        }
      }
      for (let index = 0; index < this.#vocabulary.size; index++) {
        const word = this.#vocabulary.term(index)
        add(index, word, true)
        // An ending the particle list keeps (임, 별): the loanword is the rest.
        if (HANGUL_LONG.test(word)) add(index, word.slice(0, -1), false)
      }
      this.#phonetic = table
    }
    return this.#phonetic
  }
}
