import type { Messages } from "../catalogue.ts"

export const kinds: Messages["kinds"] = {
  note: "note",
  topic: "topic",
  term: "term",
  command: "command",
  resource: "resource",
  asset: "image",
}

export const optionRoles: Messages["optionRoles"] = {
  option: "Options",
  field: "Output columns",
  key: "Keys",
  keyword: (format) => (format ? `${format} keywords` : "Keywords"),
}
