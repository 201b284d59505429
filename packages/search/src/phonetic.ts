/**
 * A rough phonetic key that lets a loanword written in Hangul meet its English spelling when no
 * list has the pair: 대시보드 ↔ dashboard, 허브 ↔ hub, 매니페스트 ↔ manifest.
 *
 * No maintained npm library does this: romanisers (es-hangul's `romanize`, aromanize,
 * hangul-romanization) spell Korean sounds in Latin (대시보드 → daesibodeu), which does not meet
 * the English spelling; hangulize-style transcribers go the other way, per language, and are
 * not on npm. So both sides are reduced to the same coarse key:
 *
 * - a consonant skeleton: Korean writes English consonants with a few jamo, so consonants are
 *   folded into classes both sides share — b p f v → P, d t th → T, g k c q → K (soft c → S),
 *   s → S, j z ch → J, sh → S, l r → L, m → M, n → N, h → H. Letters English reads two ways
 *   give two skeletons: g before e/i/y (manager, plugin), s between vowels (browser, base),
 *   d before u (schedule = 스케줄, module = 모듈). Vowels, w and y are
 *   dropped; so is an English r not followed by a vowel (docker → 도커) and the silent ㅇ
 *   that begins a Korean vowel syllable. A final ㅅ is T (깃허브 = github), a final ㅇ is N
 *   (모니터링 = monitoring). Repeated classes collapse (ll, 롤 + ㄹ).
 * - the first vowel, compared loosely (o may be written ㅗ, ㅏ or ㅓ: pod = 파드), skipping
 *   the ㅡ Korean inserts between consonants (클러스터 = cluster);
 * - the number of vowels: Korean may write one English vowel with two syllables (client =
 *   클라이언트), never with none;
 * - whether the word begins with a vowel sound (agent = 에이전트, not 컨테이너).
 *
 * It is coarse by design: 노드 meets nod as well as node. Search gives these matches a low
 * quality, below every exact, prefix and alias match. Precision and recall on a hand-made set
 * of pairs are in docs/search.md.
 */
import { disassembleCompleteCharacter } from "es-hangul"

export interface PhoneticKey {
  /**
   * Consonant skeletons, e.g. ["TSPT"] for dashboard and 대시보드. An English word has one per
   * reading of an ambiguous letter (g before e/i: manager, plugin; s between vowels: browser).
   */
  readonly consonants: readonly string[]
  /** First vowel: a Latin vowel letter, or a Hangul medial (ㅏ, ㅓ…). */
  readonly vowel: string
  /** How many vowels (English vowel groups, Korean syllables other than ㅡ). */
  readonly vowels: number
  /**
   * False when the word begins with a vowel sound: an English vowel, w or y (agent, webhook),
   * a Hangul syllable with the silent ㅇ (에이전트, 웹훅). Both sides must agree.
   */
  readonly onset: boolean
  readonly script: "latin" | "hangul"
}

const SYLLABLES = /^[\uac00-\ud7a3]+$/
const LATIN = /^[a-z]+$/
const VOWEL = /[aeiouy]/

const INITIAL: Record<string, string> = {
  ㄱ: "K",
  ㄲ: "K",
  ㅋ: "K",
  ㄷ: "T",
  ㄸ: "T",
  ㅌ: "T",
  ㅂ: "P",
  ㅃ: "P",
  ㅍ: "P",
  ㅅ: "S",
  ㅆ: "S",
  ㅈ: "J",
  ㅉ: "J",
  ㅊ: "J",
  ㅎ: "H",
  ㄴ: "N",
  ㅁ: "M",
  ㄹ: "L",
  ㅇ: "",
}
const FINAL: Record<string, string> = {
  ㄱ: "K",
  ㄴ: "N",
  ㄹ: "L",
  ㅁ: "M",
  ㅂ: "P",
  ㅅ: "T",
  ㅇ: "N",
  ㄷ: "T",
}

/** Hangul medials an English vowel letter is written with in loanwords. */
const VOWEL_FOR: Record<string, string> = {
  a: "ㅏㅐㅔㅓㅑㅒㅖㅘㅙㅞ",
  e: "ㅔㅐㅣㅓㅡㅖㅢ",
  i: "ㅣㅏㅟㅢㅓ",
  o: "ㅗㅏㅓㅘㅚㅜㅝ",
  u: "ㅜㅠㅓㅝㅡ",
  y: "ㅣㅏ",
}

/** The key of a lower-case Latin word (3+ letters) or a Hangul word, or undefined when too short to tell. */
export function phoneticKey(word: string): PhoneticKey | undefined {
  if (SYLLABLES.test(word)) return hangulKey(word)
  if (LATIN.test(word) && word.length >= 3) return latinKey(word)
  return undefined
}

/** True when a Latin and a Hangul key may be the same word. Two keys of one script never match. */
export function phoneticMatch(a: PhoneticKey, b: PhoneticKey): boolean {
  if (a.script === b.script || !a.consonants.some((key) => b.consonants.includes(key))) return false
  const [latin, hangul] = a.script === "latin" ? [a, b] : [b, a]
  // Korean may spell an English vowel with two syllables (client = 클라이언트), never with none.
  const countFits = hangul.vowels >= latin.vowels - 1 && hangul.vowels <= 2 * latin.vowels + 1
  return (VOWEL_FOR[latin.vowel] ?? "").includes(hangul.vowel) && countFits && latin.onset === hangul.onset
}

type SyllableParts = Partial<ReturnType<typeof disassembleCompleteCharacter> & object>
/** Parts of each syllable met so far (at most the 11,172 Hangul syllables): keys are made per query. */
const PARTS = new Map<string, SyllableParts>()

function partsOf(syllable: string): SyllableParts {
  let parts = PARTS.get(syllable)
  if (!parts) {
    parts = disassembleCompleteCharacter(syllable) ?? {}
    PARTS.set(syllable, parts)
  }
  return parts
}

function hangulKey(word: string): PhoneticKey | undefined {
  let consonants = ""
  let vowel = ""
  let vowels = 0
  for (const syllable of word) {
    const { choseong, jungseong, jongseong } = partsOf(syllable)
    consonants += INITIAL[choseong ?? ""] ?? ""
    // A compound medial is a glide and a vowel (ㅞ = ㅜ + ㅔ in 웹): the vowel is the last part.
    const medial = (jungseong ?? "").slice(-1)
    if (medial && medial !== "ㅡ") {
      vowels++
      vowel ||= medial
    }
    consonants += FINAL[(jongseong ?? "").charAt(0)] ?? ""
  }
  const onset = partsOf(word.charAt(0)).choseong !== "ㅇ"
  return finish([consonants], vowel || "ㅡ", vowels, onset, "hangul")
}

/** At most this many readings of one English word. */
const MAX_READINGS = 4

function latinKey(word: string): PhoneticKey | undefined {
  let readings = [""]
  /** Appends one class, or forks the readings on an ambiguous letter. */
  const add = (...options: string[]): void => {
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, MAX_READINGS)
  }
  const isVowel = (at: number) => VOWEL.test(word.charAt(at))
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i)
    const next = word.charAt(i + 1)
    const pair = c + next
    const soft = next !== "" && "eiy".includes(next)
    if (word.startsWith("sch", i)) {
      add("SK")
      i += 2
    } else if (pair in DIGRAPH) {
      add(DIGRAPH[pair] ?? "")
      i++
    } else if (pair === "ng") {
      // ingress = 인그레스 (n + g), string = 스트링 (final ㅇ).
      const after = word.charAt(i + 2)
      add(VOWEL.test(after) || after === "r" || after === "l" ? "NK" : "N")
      i++
    } else if (c === "x") add("KS")
    else if (c === "c") add(soft ? "S" : "K")
    else if (c === "g") soft ? add("J", "K") : add("K")
    else if (c === "s" && isVowel(i - 1) && isVowel(i + 1)) add("S", "J")
    else if (c === "d" && next === "u")
      add("T", "J") // schedule = 스케줄, module = 모듈
    else if (c === "r") add(isVowel(i + 1) ? "L" : "")
    else if (c === "h") add(isVowel(i + 1) ? "H" : "")
    else add(LATIN_CONSONANT[c] ?? "")
  }
  const groups = word.match(/[aeiouy]+/g) ?? []
  const silentE = /[^aeiouy]e$/.test(word) && groups.length > 1 ? 1 : 0
  const vowel = /[aeiou]/.exec(word)?.[0] ?? (word.includes("y") ? "y" : "")
  return finish(readings, vowel, groups.length - silentE, !/^[aeiouwy]/.test(word), "latin")
}

const DIGRAPH: Record<string, string> = { ch: "J", sh: "S", ph: "P", th: "T", ck: "K", gh: "" }

const LATIN_CONSONANT: Record<string, string> = {
  b: "P",
  p: "P",
  f: "P",
  v: "P",
  d: "T",
  t: "T",
  k: "K",
  q: "K",
  s: "S",
  z: "J",
  j: "J",
  l: "L",
  m: "M",
  n: "N",
}

function finish(
  raw: readonly string[],
  vowel: string,
  vowels: number,
  onset: boolean,
  script: PhoneticKey["script"],
): PhoneticKey | undefined {
  // One consonant says too little: 키, 노 and key, bee are left to lists.
  const consonants = [...new Set(raw.map((key) => key.replace(/(.)\1+/g, "$1")))].filter(
    (key) => key.length >= 2,
  )
  if (consonants.length === 0 || vowel === "") return undefined
  return { consonants, vowel, vowels, onset, script }
}
