/**
 * Korean word lists that extraction needs, each from a general source rather than from the
 * notes it reads (docs/extraction.md says how they were checked on notes they were not made from).
 */

/**
 * Particles (조사) and the copula's endings written straight after a noun: the case, auxiliary
 * and conjunctive particles of Korean school grammar (표준국어대사전, part of speech 조사) in
 * common use, with the pairs es-hangul's `josa` handles (이/가, 을/를, 은/는, 으로/로, 와/과,
 * 이나/나, 이란/란, 이랑/랑, 으로서/로서, 으로써/로써, 으로부터/로부터, 이라/라), and 들 (plural).
 * A term's name followed by one of these is a mention of it (큐블렛은, 파드들을).
 */
const PARTICLES = [
  "이",
  "가",
  "을",
  "를",
  "은",
  "는",
  "의",
  "에",
  "에서",
  "에게",
  "께",
  "한테",
  "로",
  "으로",
  "와",
  "과",
  "도",
  "만",
  "까지",
  "부터",
  "처럼",
  "보다",
  "마다",
  "조차",
  "밖에",
  "이나",
  "나",
  "이랑",
  "랑",
  "이란",
  "란",
  "이라",
  "라",
  "로서",
  "으로서",
  "로써",
  "으로써",
  "로부터",
  "으로부터",
  "이다",
  "다",
  "입니다",
  "이고",
  "고",
  "이며",
  "며",
  "이에요",
  "예요",
  "이야",
  "야",
  "이라는",
  "라는",
  "이라고",
  "라고",
  "들",
]

/** True when `rest` is nothing but particles and copula endings (`들을`, `에서는`, `입니다`). */
export function isParticleRun(rest: string): boolean {
  if (rest === "") return true
  for (const particle of PARTICLES_LONGEST_FIRST)
    if (rest.startsWith(particle) && isParticleRun(rest.slice(particle.length))) return true
  return false
}
const PARTICLES_LONGEST_FIRST = [...new Set(PARTICLES)].sort((a, b) => b.length - a.length)

/**
 * A name that reads as a phrase or sentence: a word before the last that ends in a case
 * particle (서비스가 필요한 이유), an adnominal verb form (필요한, 적용된), or a last word that
 * is a nominalised verb (익숙해지기, 적용하기). Only particles that rarely end a loanword are used.
 */
export function isPhrase(name: string): boolean {
  const words = name.split(/\s+/).map((word) => word.match(/[\uAC00-\uD7A3]+/g)?.join("") ?? "")
  if (words.length < 2 && !/[\uAC00-\uD7A3]{2,}(?:하기|되기|지기)/.test(name)) return false
  const last = words.length - 1
  return words.some((word, index) => {
    if (word.length < 3) return false
    if (index < last && /(?:가|를|을|는|은|에서|으로)$/.test(word)) return true
    if (index < last && /(?:한|된|할|던)$/.test(word)) return true
    return /(?:하기|되기|지기)$/.test(word)
  })
}

/**
 * Section labels: words that head a part of a document rather than name a concept. The
 * standard section names of Korean Wikipedia's article layout guide (위키백과:문서 구성 —
 * 개요, 역사, 특징, 같이 보기, 각주, 참고 문헌, 외부 링크) and the labels of report and
 * study-note templates (장점/단점, 참고/참조, 기타, 주의, 요약, 정리, 예시/예제, 실습, 결과, 비교…).
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  "개요",
  "역사",
  "특징",
  "같이 보기",
  "각주",
  "참고 문헌",
  "외부 링크",
  "장점",
  "단점",
  "참고",
  "참조",
  "기타",
  "주의",
  "주의사항",
  "요약",
  "정리",
  "예시",
  "예제",
  "실습",
  "결과",
  "비교",
  "메모",
  "목차",
  "목표",
  "소개",
  "배경",
  "결론",
  "문제",
  "해결",
  "원인",
  "팁",
  "방법",
  "명령어",
  "옵션",
  "단축키",
  "사용법",
  "확인",
  "설명",
  "용어",
  "개념",
  "종류",
  "구성",
  "구조",
  "기능",
  "역할",
  "이유",
  "목적",
])

/**
 * Ordinary nouns of Korean basic vocabulary that name an action, a state or a measure — the
 * verbal nouns (동작성 명사, which take 하다) and common abstract nouns of the National
 * Institute of Korean Language's 「한국어 학습용 어휘 목록」 (2003), as far as software and
 * system administration use them: alone, they are labels (`- 시작 : …`), never terms.
 */
export const ORDINARY_NOUNS: ReadonlySet<string> = new Set([
  "시작",
  "종료",
  "삭제",
  "추가",
  "수정",
  "변경",
  "생성",
  "설치",
  "제거",
  "실행",
  "정지",
  "중지",
  "재시작",
  "저장",
  "복사",
  "이동",
  "검색",
  "탐색",
  "조회",
  "압축",
  "해제",
  "설정",
  "연결",
  "접속",
  "입력",
  "출력",
  "선택",
  "정렬",
  "사용",
  "관리",
  "등록",
  "갱신",
  "적용",
  "배포",
  "목록",
  "리스트",
  "상태",
  "시간",
  "범위",
  "크기",
  "정보",
  "내용",
  "이름",
  "파일",
  "경로",
  "위치",
  "값",
  "대기",
  "완료",
  "실패",
  "성공",
  "오류",
])

/** True for a section label or an ordinary noun (whole name, case-insensitive for Latin). */
export function isCommonWord(name: string): boolean {
  const key = name.trim().toLowerCase()
  return SECTION_LABELS.has(key) || ORDINARY_NOUNS.has(key)
}
