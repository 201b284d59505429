/** Words every front end shares: what each kind of graph node is called. */
export const kinds = {
  note: "노트",
  topic: "주제",
  term: "용어",
  command: "명령어",
  resource: "자료",
  asset: "이미지",
}
