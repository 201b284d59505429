/** The page of a node, as the terminal reader and `kube-notes show` print it. */
export const reader = {
  aliases: "다른 이름",
  noDefinition: "(아직 정의가 없습니다)",
  definedIn: "정의된 곳",
  mentionedIn: "언급된 곳",
  subtopics: "하위 주제",
  tool: "도구",
  description: "설명",
  usedIn: "쓰인 곳",
  citedIn: "인용된 곳",
  path: "경로",
  missing: "(없음)",
  shownIn: "보여 준 곳",
  linkedFrom: "여기로 링크한 곳",
  image: "이미지",
  code: "코드",
}
