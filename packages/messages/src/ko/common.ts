/** Words every front end shares: what each kind of graph node is called. */
export const kinds = {
  note: "노트",
  topic: "주제",
  term: "용어",
  command: "명령어",
  resource: "자료",
  asset: "이미지",
}

/** What a command's listed items are (CommandOption.role): options, output columns, keys. */
export const optionRoles = {
  option: "옵션",
  field: "출력 항목",
  key: "단축키",
}
