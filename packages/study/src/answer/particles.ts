/**
 * Trailing Korean particles (조사) a learner may type after an answer: "파드를" for "파드".
 * The list is the common case, topic, object, possessive, locative, instrumental and comitative
 * particles and the copula endings (bare 다/요/야 are left out: they end
 * too many plain words) of the standard grammar (표준국어대사전 조사 항목), longest
 * first so "으로" wins over "로". It is not tuned to any note. Search's `stemKorean` (packages/search)
 * is not reused: it also strips verb endings (하는, 된다), which would accept "관리하는" for "관리",
 * and study must not depend on the search package.
 */
const PARTICLES = [
  "이에요",
  "입니다",
  "에서",
  "으로",
  "이다",
  "이야",
  "에게",
  "까지",
  "부터",
  "처럼",
  "이랑",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "랑",
]

/** The word without one trailing particle, when something is left before it. */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.length > particle.length && word.endsWith(particle)) return word.slice(0, -particle.length)
  }
  return word
}
