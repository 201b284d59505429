/**
 * Korean helpers on top of es-hangul: particle/ending stripping, jamo and 초성 keys.
 * The particle list is language data (which suffixes to drop), not a Hangul table: syllable
 * decomposition and 초성 come from es-hangul.
 */
import { disassemble, getChoseong } from "es-hangul"

const SYLLABLE = /^[\uac00-\ud7a3]+$/
const HANGUL_ANY = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/
/** Compatibility consonant jamo (ㄱ–ㅎ), what a keyboard types for 초성. */
const CHOSEONG_ONLY = /^[\u3131-\u314e]+$/

/**
 * Particles (조사) and common verb endings written straight after a noun, longest first so
 * "에서는" wins over "는". A stem keeps at least two syllables, so 정도, 평가, 아이 stay whole.
 */
const SUFFIXES = [
  "으로서는",
  "에서부터",
  "이라는",
  "이라고",
  "에서는",
  "에게서",
  "으로는",
  "으로서",
  "으로써",
  "입니다",
  "합니다",
  "됩니다",
  "하였다",
  "하는데",
  "하려면",
  "에서도",
  "까지는",
  "부터는",
  "이라도",
  "이지만",
  "에서",
  "에게",
  "한테",
  "으로",
  "로서",
  "로써",
  "부터",
  "까지",
  "처럼",
  "보다",
  "이나",
  "이며",
  "이고",
  "이다",
  "이란",
  "라는",
  "라고",
  "에는",
  "에도",
  "와는",
  "과는",
  "로는",
  "만큼",
  "마다",
  "조차",
  "밖에",
  "들은",
  "들이",
  "들을",
  "들의",
  "들에",
  "들도",
  "들과",
  "들로",
  "하는",
  "하고",
  "하며",
  "하여",
  "해서",
  "하면",
  "하게",
  "하기",
  "하지",
  "한다",
  "했다",
  "하다",
  "된다",
  "되는",
  "되어",
  "되고",
  "되며",
  "됐다",
  "되면",
  "시키는",
  // The copula contracted after a vowel: 에이전트고 (= 에이전트이고), 도구며 (= 도구이며).
  "고",
  "며",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "와",
  "과",
  "도",
  "만",
  "로",
  "께",
  "나",
  "란",
  "들",
  "한",
  "할",
  "함",
  "된",
  "될",
  "됨",
  "해",
  "돼",
] as const

/** Strips one particle or ending from a Hangul word, keeping a stem of ≥ 2 syllables. Other text is returned as is. */
export function stemKorean(word: string): string {
  if (!SYLLABLE.test(word) || word.length < 3) return word
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length)
  }
  return word
}

const SUFFIX_SET: ReadonlySet<string> = new Set(SUFFIXES)

/** True for a word that is only a particle or ending ("을" in "Kubelet을"). */
export function isParticle(word: string): boolean {
  return SUFFIX_SET.has(word)
}

export function hasHangul(text: string): boolean {
  return HANGUL_ANY.test(text)
}

/** True for a query like ㅋㅂㄹ: only initial consonants. */
export function isChoseongQuery(text: string): boolean {
  return CHOSEONG_ONLY.test(text)
}

/** Hangul split into jamo ("큡" and "큐ㅂ" → "ㅋㅠㅂ"), other characters kept. */
export function toJamo(text: string): string {
  return hasHangul(text) ? disassemble(text) : text
}

/** The 초성 of a Hangul word ("큐블렛" → "ㅋㅂㄹ"); "" for words without complete syllables. */
export function toChoseong(text: string): string {
  return hasHangul(text) ? getChoseong(text) : ""
}
