/** The site's own words (the site speaks Korean). Notes' text never comes through here. */
export const site = {
  description: "쿠버네티스 공부 노트: 주제, 용어, 명령어를 잇는 그래프",
  skipToContent: "본문으로 건너뛰기",
  footer: "kube-notes · 노트를 한 번 읽어 만든 주제 그래프로 엮었습니다.",
  navLabel: "사이트",
  navGlossary: "용어집",
  navCommands: "명령어",
  navGraph: "그래프",
  navStudy: "공부",
  navPath: "학습 순서",
  toDarkTheme: "어두운 테마로 바꾸기",
  toLightTheme: "밝은 테마로 바꾸기",
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundLead: "주소가 바뀌었거나 노트가 지워졌을 수 있습니다.",
  notFoundHome: "처음으로",
}

export const home = {
  title: "쿠버네티스 공부 노트",
  lead: "노트를 읽는 순서대로 모았습니다. 용어에 마우스를 올리거나 키보드로 초점을 옮기면 정의가 보입니다.",
  countsLabel: "모음 크기",
  readingOrder: "읽는 순서",
  pathLink: "학습 순서 보기",
  topicCount: (n: number) => `주제 ${n}개`,
}

export const notePage = {
  breadcrumbsLabel: "위치",
  home: "홈",
  tocLabel: "목차",
  readingOrderLabel: "읽는 순서",
  previousNote: "← 이전 노트",
  nextNote: "다음 노트 →",
  parentTopic: "상위 주제:",
  relatedTerms: "관련 용어",
  mentionedHere: "여기를 언급한 곳",
  noNotes: "노트가 없습니다.",
}

export const content = {
  copy: "복사",
  copyLabel: (what: string) => `${what} 복사`,
  copied: "복사됨",
  copyFailed: "복사 실패",
  commandLabel: (command: string) => `명령어 ${command}`,
  code: "코드",
  noDefinitionTip: " — 아직 정의가 없습니다.",
  missingImage: "이미지 없음: ",
  remoteImage: "외부 이미지: ",
  image: "이미지",
}

export const glossaryPage = {
  title: "용어집",
  lead: "가나다 순, 그다음 A–Z 순입니다. 한글 별칭은 원래 용어를 가리킵니다.",
  indexLabel: "첫 글자",
  noDefinition: "정의 없음",
  aliases: "다른 이름: ",
}

export const termPage = {
  noTerms: "이 노트 모음에는 용어가 없습니다.",
  definition: "정의",
  noDefinitionYet: "아직 정의가 없습니다. 용어집 파일(glossary.yaml)에 정의를 더할 수 있습니다.",
  source: "출처: ",
  sourceNote: "노트",
  sourceGlossary: "용어집 파일",
  sourceBoth: "노트와 용어집 파일",
  sourceMention: "언급만 있음",
  definedIn: "정의된 곳",
  notDefinedInNotes: "노트 안에 정의가 없습니다.",
  mentionedIn: (n: number) => `언급된 곳 (${n})`,
  notMentioned: "다른 주제에서 언급되지 않았습니다.",
  relatedTerms: "함께 나오는 용어",
}

export const commandsPage = {
  title: "명령어 모음",
  lead: "노트에 나온 명령어를 도구별로 모았습니다. 각 명령어 아래 링크가 설명된 곳입니다.",
  allPlaces: (n: number) => `설명된 곳 ${n}곳 모두 보기`,
  noCommands: "이 노트 모음에는 명령어가 없습니다.",
  options: "옵션·출력 항목·키워드",
  /** The cheat sheet's fold over a command's options, columns, keys and file keywords. */
  optionCount: (n: number) => `옵션·출력 항목·키워드 ${n}개`,
  places: (n: number) => `설명된 곳 (${n})`,
  unused: "이 명령어를 쓰는 주제가 없습니다.",
  backToAll: "명령어 모음으로",
  shellFilter: "셸로 거르기",
  allShells: "전체",
  unknownShell: "셸 모름",
}

export const graphPage = {
  title: "그래프",
  lead: "노트와 주제, 용어가 어떻게 이어지는지 봅니다. 끌어서 움직이고, 휠이나 버튼으로 확대하고, 점을 눌러 엽니다.",
  needsScript: "그래프 보기는 자바스크립트가 필요합니다.",
  glossaryInstead: "에서 용어와 주제의 연결을 볼 수 있습니다.",
  toolbarLabel: "그래프 보기 조절",
  zoomIn: "확대",
  zoomOut: "축소",
  fit: "전체 보기",
  canvasLabel: "노트, 주제, 용어를 잇는 그래프. 키보드로는 아래 목록을 쓰세요.",
  loadFailed: "그래프 데이터를 불러오지 못했습니다.",
  listTitle: "목록으로 보기",
  filterLabel: "이름으로 거르기",
  shown: (total: number, shown: number) => `${total}개 중 ${shown}개 표시`,
  degree: (n: number) => `연결 ${n}`,
}

export const searchBox = {
  open: "검색",
  dialogLabel: "노트 검색",
  placeholder: "주제, 용어, 명령어 검색 (예: 큐블렛)",
  inputLabel: "검색어",
  loading: "검색 색인을 불러오는 중…",
  unavailable: "검색 색인을 쓸 수 없습니다.",
  resultCount: (n: number) => `${n}개 결과`,
  resultsLabel: "검색 결과",
  close: "닫기",
  submit: "찾기",
  needsScript: "검색 결과를 보이려면 자바스크립트가 필요합니다. 용어는 ",
  glossaryInstead: "에서 가나다순으로 찾을 수 있습니다.",
}
