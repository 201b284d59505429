/** The Ink reader: status line, overlays, the help screen, one-off notices. */
export const status = {
  hints: "? 도움말 · / 검색 · t 용어 · c 명령 · q 종료",
  opens: "Enter 열기",
  copiesOrOpens: "y 복사 · Enter 열기",
}

export const notices = {
  noEarlierPage: "이전 페이지가 없습니다",
  noLaterPage: "다음 페이지가 없습니다",
  bookmarked: "책갈피에 넣었습니다 (B: 책갈피 목록)",
  bookmarkRemoved: "책갈피를 뺐습니다",
  copied: (text: string) => `복사했습니다: ${text}`,
  nothingToFocus: "이 페이지에는 고를 것이 없습니다",
  commandFirst: "Tab으로 명령어를 먼저 고르거나, c로 명령어 목록을 여세요",
}

export const overlays = {
  search: "검색",
  glossary: "용어집 (입력해서 거르기)",
  commands: "명령어 (y 복사, 입력해서 거르기)",
  backlinks: "이곳을 가리키는 곳",
  bookmarks: "책갈피",
  help: "키",
  count: (count: number) => `${count}개 · ↑↓ 고르기 · Enter 열기 · Esc 닫기`,
  loading: "검색 색인을 불러오는 중…",
  typeToSearch: "입력하면 찾습니다 (한글도 됩니다)",
  empty: "여기에는 아무것도 없습니다",
}

/** The `?` screen: one line per key; the keys themselves are written in help-lines.ts. */
export const help = {
  title: "키 (Esc로 닫기)",
  move: "트리에서 움직이기 / 본문 스크롤",
  open: "주제 열기; 본문에서는 고른 항목 열기",
  fold: "주제 접기 / 트리로 돌아가기",
  ends: "맨 위 / 맨 아래",
  page: "본문 한 쪽씩 넘기기",
  cycle: "본문의 용어, 명령어, 링크를 차례로 고르기",
  search: "입력하는 대로 검색",
  glossary: "용어집",
  commands: "명령어 (y 복사)",
  copy: "고른 명령어 복사 (OSC 52)",
  backlinks: "이 페이지를 가리키는 곳",
  history: "방문 기록에서 뒤로 / 앞으로",
  bookmark: "이 페이지 책갈피 / 책갈피 목록",
  study: "이 페이지의 카드로 공부 (Space 답, 1-4 평가, u 취소, q 돌아가기)",
  close: "닫기, 고른 항목 풀기",
  quit: "종료",
}
