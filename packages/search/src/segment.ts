/**
 * Spacing: Korean writes compounds with and without spaces (쿠버네티스 클러스터 /
 * 쿠버네티스클러스터, 워커 노드 / 워커노드). A Hangul word is split into words the index
 * already holds as words of their own, so both spellings meet without a fixed list: the
 * index's vocabulary is the dictionary.
 */

/** Parts of a compound have at least this many syllables: one-syllable words (이, 수, 중) split anything. */
const MIN_PART = 2
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/

/**
 * The fewest words of `isWord` that spell `word` (a Hangul word of ≥ 4 syllables), each of ≥ 2
 * syllables, or undefined when there is no split into two or more. Among splits with as many
 * words, the one with the longest last word wins.
 */
export function splitCompound(word: string, isWord: (part: string) => boolean): string[] | undefined {
  const n = word.length
  if (n < 2 * MIN_PART || !HANGUL_WORD.test(word)) return undefined
  // best[i]: the fewest parts spelling word[0, i), or undefined.
  const best: (string[] | undefined)[] = [[]]
  for (let end = MIN_PART; end <= n; end++) {
    for (let start = 0; start <= end - MIN_PART; start++) {
      const before = best[start]
      if (!before || (start === 0 && end === n)) continue
      const part = word.slice(start, end)
      if (!isWord(part)) continue
      const candidate = [...before, part]
      const current = best[end]
      if (!current || candidate.length < current.length) best[end] = candidate
    }
  }
  const found = best[n]
  return found && found.length >= 2 ? found : undefined
}
