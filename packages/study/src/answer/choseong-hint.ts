/**
 * A hint that shows the shape of an answer without giving it: the 초성 of each Hangul syllable,
 * the first letter of each Latin word with the rest as `_`, spaces and punctuation kept.
 * "쿠버네티스 클러스터" → "ㅋㅂㄴㅌㅅ ㅋㄹㅅㅌ", "Master Node" → "M_____ N___".
 */
import { getChoseong } from "es-hangul"

export function choseongHint(answer: string): string {
  let hint = ""
  let wordStart = true
  for (const char of answer.normalize("NFC")) {
    if (/[가-힣]/u.test(char)) {
      hint += getChoseong(char)
      wordStart = false
    } else if (/[\p{L}\p{N}]/u.test(char)) {
      hint += wordStart ? char : "_"
      wordStart = false
    } else {
      hint += char
      wordStart = true
    }
  }
  return hint
}
