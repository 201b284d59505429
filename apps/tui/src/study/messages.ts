/**
 * Every Korean string of study mode in the terminal (the study screen, its status line, and
 * the lines `cards`, `progress` and `path` print), in one object so the shared Korean/English
 * catalogue can take them over in one move.
 */
import type { CardType, Rating } from "@kube-notes/study"

export const STUDY_TEXT = {
  cardType: {
    "term-definition": "용어 → 뜻",
    "definition-term": "뜻 → 용어",
    "alias-term": "별칭 → 용어",
    command: "명령어",
    option: "옵션",
    cloze: "빈칸",
    choice: "객관식",
  } satisfies Record<CardType, string>,
  rating: { 1: "다시", 2: "어려움", 3: "좋음", 4: "쉬움" } satisfies Record<Rating, string>,
  title: (scope: string) => `학습 · ${scope}`,
  allTopics: "모든 주제",
  loading: "학습 카드를 불러오는 중…",
  position: (done: number) => `이번에 ${done}장 복습`,
  reveal: "Space/Enter 정답 보기",
  answerPrompt: "답:",
  typeStart: "Enter 답 입력 · Space 바로 정답 보기",
  typeHint: "입력 후 Enter로 확인 · Tab 초성 힌트 · Esc 입력 취소",
  choicePrompt: (last: string) => `a–${last} 고르기 · Space 바로 보기`,
  hint: (hint: string) => `힌트: ${hint}`,
  noHint: "이 카드에는 힌트가 없습니다",
  yourAnswer: (typed: string) => `내 답: ${typed}`,
  correct: "✓ 맞았습니다",
  wrong: "✗ 틀렸습니다",
  picked: (choice: string) => `고른 답: ${choice}`,
  rateKeys: "1 다시 · 2 어려움 · 3 좋음 · 4 쉬움",
  rateFirst: "먼저 Space로 정답을 확인하세요",
  rated: (label: string, due: string) => `${label} — 다음 복습 ${due}`,
  undone: "마지막 평가를 되돌렸습니다",
  nothingToUndo: "이번 학습에서 되돌릴 평가가 없습니다",
  done: "지금 복습할 카드가 없습니다. 수고했어요!",
  doneNext: "p 학습 경로에서 다른 주제를 고르거나 q로 나가세요",
  emptyDeck: "이 범위에는 카드가 없습니다",
  nextDue: (when: string) => `다음 카드는 ${when} 돌아옵니다 (화면을 열어 두면 그때 나옵니다)`,
  status: (c: { due: number; new: number; learned: number }) =>
    `복습 예정 ${c.due} · 새 카드 ${c.new} · 학습함 ${c.learned}`,
  statusDue: (n: number) => `복습 예정 ${n}`,
  keysFront: "h 힌트 · u 되돌리기 · p 경로 · q 나가기",
  keysTyping: "Enter 확인 · Tab 힌트 · Esc 입력 취소",
  keysBack: "1–4 평가 · u 되돌리기 · q 나가기",
  pathTitle: "학습 경로 (숙련도: 복습 단계이고 기억 확률 90% 이상인 카드의 비율)",
  pathKeys: "↑↓ 고르기 · Enter 이 주제 학습 · a 전체 · Esc 닫기",
  pathClose: "Esc 닫기",
  cannotRead: (error: string) => `학습 기록 파일을 읽을 수 없어 학습을 열지 않았습니다: ${error}`,
  saveFailed: (error: string) => `진행 상황을 저장하지 못했습니다: ${error}`,
  damagedMoved: (aside: string, error: string) =>
    `학습 기록 파일이 손상되어 ${aside} 로 옮기고 새로 시작합니다 (${error})`,
  damagedNotMoved: (file: string, error: string) =>
    `학습 기록 파일 ${file} 이 손상되었고 옮기지도 못해 새로 시작합니다 (${error})`,
  // The command line's labels.
  cards: (n: number) => `카드 ${n}장`,
  orphansNone: "고아 카드가 없습니다: 기록된 모든 카드의 노드가 그래프에 있습니다",
  orphansHeader: (n: number) =>
    `고아 카드 ${n}장 (노드가 사라졌지만 기록은 파일에 남겨 둡니다; 노드가 돌아오면 이어집니다)`,
  mastery: (m: number) => `숙련도 ${Math.round(m * 100)}%`,
  orphansHint: (n: number) => `고아 카드 ${n}장: kube-notes progress --orphans 로 보세요`,
  reviews: (n: number) => `복습 ${n}회`,
  exported: (n: number, cards: number, file: string) =>
    `복습 ${n}회, 카드 ${cards}장을 ${file} 에 내보냈습니다`,
  imported: (added: number, total: number, file: string) =>
    `${file} 에서 새 복습 ${added}회를 가져왔습니다 (모두 ${total}회)`,
  noTerminal: "kube-notes study 는 터미널에서만 열립니다. 학습 현황은 kube-notes progress 로 보세요.",
} as const

/** "10분 뒤", "3일 뒤" — when a card comes back, relative to now. */
export function formatDue(due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000)
  if (minutes < 1) return "곧"
  if (minutes < 60) return `${minutes}분 뒤`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours}시간 뒤`
  return `${Math.round(hours / 24)}일 뒤`
}
