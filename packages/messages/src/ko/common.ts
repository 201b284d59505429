/** Words every front end shares: what each kind of graph node is called. */
export const kinds = {
  note: "노트",
  topic: "주제",
  term: "용어",
  command: "명령어",
  resource: "자료",
  asset: "이미지",
}

/**
 * What a command's listed items are (CommandOption.role): options, output columns, keys, and
 * the keywords of a file the command reads, titled by that file's format (`Dockerfile 키워드`;
 * an empty format, which a graph should not hold, gives the bare word).
 */
export const optionRoles = {
  option: "옵션",
  field: "출력 항목",
  key: "단축키",
  keyword: (format: string) => (format ? `${format} 키워드` : "키워드"),
}
